import ArgumentParser

/// The `astro-numbers` command: argument parsing only; each subcommand calls into a library module.
@main
struct AstroNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astro-numbers",
        abstract: "Answer sums by drawing digits with the mouse; a small neural network reads them.",
        subcommands: [PlayCommand.self, PadCommand.self, QuizCommand.self, ReportCommand.self, RecordsStressCommand.self, RecognizeCommand.self, PenBenchCommand.self, EvalCommand.self, BenchCommand.self, TrainCommand.self, DataCommand.self],
        defaultSubcommand: PlayCommand.self
    )
}
