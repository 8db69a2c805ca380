import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import SafeOutput

/// The `astro-numbers` command, what a classroom runs: argument parsing only; each subcommand calls into a
/// library module. The lab's tools (training, evaluation, benchmarks) are the separate `astro-lab`.
@main
struct AstroNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astro-numbers",
        abstract: tr("help.root"),
        version: ProgramVersion.current,
        subcommands: [PlayCommand.self, PadCommand.self, QuizCommand.self, ReportCommand.self, ClassCommand.self, RecognizeCommand.self],
        defaultSubcommand: PlayCommand.self
    )

    /// ArgumentParser's `main`, except that every message it prints (an error naming a student, a set's
    /// title, a file) goes through `TerminalText`, so nothing from a file or a name acts on the terminal.
    /// The language is chosen first (`--language`, else the locale), so every message is in it.
    static func main() {
        do {
            Messages.current = try ProgramLanguage.messages(language: ProgramLanguage.requested(in: CommandLine.arguments))
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            TerminalText.finalMessage(fullMessage(for: error), success: code == .success)
            Foundation.exit(code.rawValue)
        }
    }
}
