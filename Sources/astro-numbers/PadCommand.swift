import ArgumentParser
import AstroNumbers
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// `astro-numbers pad`: the full-screen drawing pad.
struct PadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pad",
        abstract: "Open the drawing pad: drag with the left button to draw; right-click or c clears, u undoes, q quits."
    )

    func run() throws {
        do {
            try DrawingPad.run()
        } catch TerminalError.notATerminal {
            fputs("astro-numbers: \(TerminalError.notATerminal)\n", stderr)
            throw ExitCode(2)
        } catch TerminalError.stopped(let signal) {
            // The terminal is restored; exit as the signal would have (128 + its number).
            throw ExitCode(128 + signal.rawValue)
        }
    }
}
