import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import Quiz
import SafeOutput

/// `astro-numbers quiz show [FILE] [--seed S]`: the questions and answers a session would ask.
struct QuizShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the questions and answers of a session (the same ones for the same seed)."
    )

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: "The set: a path, or a set's file name as quiz list shows it (default: Quizzes/default.toml).")
    var file: String?

    @Option(help: "Session seed; the same seed shows the same session (default: the set's seed, or random).")
    var seed: UInt64?

    func run() throws {
        let url: URL
        if let file {
            url = ProgramResources.quiz(named: file)
        } else if let found = ProgramResources.defaultQuiz() {
            url = found
        } else {
            throw ValidationError(tr("quiz.show.no-set", ["file": QuestionSet.defaultFileName]))
        }
        do {
            let set = try QuestionSet.load(contentsOf: url)
            print(QuizReport.show(set, seed: seed ?? set.newSeed()))
        } catch let error as QuestionSetError {
            FileHandle.standardError.write(Data((TerminalText.visibleLines(error.description) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
