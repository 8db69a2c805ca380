import ArgumentParser
import AstroNumbers
import Foundation
import Terminal

/// `astro-numbers pad`: the full-screen drawing pad.
struct PadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pad",
        abstract: "Open the drawing pad: drag with the left button to draw; right-click or c clears, u undoes, q quits."
    )

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        do {
            try DrawingPad.run(options: Screen.Options(theme: themeOption.theme))
        } catch TerminalError.notATerminal {
            FileHandle.standardError.write(Data("astro-numbers: \(TerminalError.notATerminal)\n".utf8))
            throw ExitCode(2)
        } catch TerminalError.stopped(let signal) {
            // The terminal is restored; exit as the signal would have (128 + its number).
            throw ExitCode(128 + signal.rawValue)
        }
    }
}
