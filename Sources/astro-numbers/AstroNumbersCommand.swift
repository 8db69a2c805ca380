import ArgumentParser

/// The `astro-numbers` command, what a classroom runs: argument parsing only; each subcommand calls into a
/// library module. The lab's tools (training, evaluation, benchmarks) are the separate `astro-lab`.
@main
struct AstroNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astro-numbers",
        abstract: "Answer sums by drawing digits with the mouse; a small neural network reads them.",
        subcommands: [PlayCommand.self, PadCommand.self, QuizCommand.self, ReportCommand.self, RecognizeCommand.self],
        defaultSubcommand: PlayCommand.self
    )
}
