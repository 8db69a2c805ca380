import ArgumentParser
import Messages

/// `astro-numbers quiz`: check, show and list question sets (see Quizzes/README.md).
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: tr("help.quiz"),
        subcommands: [QuizCheckCommand.self, QuizShowCommand.self, QuizListCommand.self]
    )
}
