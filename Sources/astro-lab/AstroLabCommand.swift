import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import SafeOutput

/// The `astro-lab` command: the lab's tools (training, evaluation, benchmarks, data views, the records
/// stress helper), apart from the classroom's `astro-numbers`. Argument parsing only; each subcommand calls
/// into a library module.
@main
struct AstroLabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astro-lab",
        abstract: "Train, evaluate and measure Astro Numbers' digit reader (the lab; lessons are astro-numbers).",
        subcommands: [TrainCommand.self, EnsembleCommand.self, EvalCommand.self, BenchCommand.self, PenBenchCommand.self, TuneSegmentationCommand.self, PlayBenchCommand.self,
                      DataCommand.self, RecordsStressCommand.self, ClassBenchCommand.self]
    )

    /// ArgumentParser's `main`, with its messages (which may quote a file's metadata) shown through
    /// `TerminalText`, as `astro-numbers` does.
    /// The screens it measures (`play-bench`) speak the locale's language, as the classroom's program does.
    static func main() {
        do {
            Messages.current = (try? ProgramLanguage.messages(language: nil)) ?? Messages(catalogues: [])
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            TerminalText.finalMessage(fullMessage(for: error), success: code == .success)
            Foundation.exit(code.rawValue)
        }
    }
}
