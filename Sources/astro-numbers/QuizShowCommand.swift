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
        abstract: tr("help.quiz.show")
    )

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: ArgumentHelp(tr("help.quiz.show.file")))
    var file: String?

    @Option(help: ArgumentHelp(tr("help.quiz.show.seed")))
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
