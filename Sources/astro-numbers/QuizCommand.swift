import ArgumentParser

/// `astro-numbers quiz`: check, show and list question sets (see Quizzes/README.md).
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Check, show and list question sets (TOML files, see Quizzes/README.md).",
        subcommands: [QuizCheckCommand.self, QuizShowCommand.self, QuizListCommand.self]
    )
}
