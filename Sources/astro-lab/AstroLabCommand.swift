import ArgumentParser

/// The `astro-lab` command: the lab's tools (training, evaluation, benchmarks, data views, the records
/// stress helper), apart from the classroom's `astro-numbers`. Argument parsing only; each subcommand calls
/// into a library module.
@main
struct AstroLabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astro-lab",
        abstract: "Train, evaluate and measure Astro Numbers' digit reader (the lab; lessons are astro-numbers).",
        subcommands: [TrainCommand.self, EvalCommand.self, BenchCommand.self, PenBenchCommand.self, PlayBenchCommand.self,
                      DataCommand.self, RecordsStressCommand.self]
    )
}
