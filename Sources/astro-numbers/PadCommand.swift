import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import Terminal

/// `astro-numbers pad`: the full-screen drawing pad.
struct PadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pad",
        abstract: tr("help.pad")
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
