import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import Quiz
import SafeOutput

/// `astro-numbers quiz list [DIR]`: the sets of a folder with their titles; with no folder named, the shipped
/// sets and, when `$ASTRO_NUMBERS_QUIZZES` names one, the class's own.
struct QuizListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("help.quiz.list")
    )

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: ArgumentHelp(tr("help.quiz.list.folder")))
    var directory: String?

    func run() throws {
        if let directory {
            print(try QuizReport.list(directory: URL(fileURLWithPath: directory, isDirectory: true)))
            return
        }
        let shipped = ProgramResources.quizzes()
        guard let classFolder = ProgramResources.classQuizzes() else {
            guard let shipped else { throw ValidationError(tr("quiz.list.no-folder")) }
            print(try QuizReport.list(directory: shipped))
            return
        }
        // Both lists, each under the folder it comes from, so a teacher sees which sets are the class's.
        if let shipped {
            print(TerminalText.visible(tr("quiz.list.shipped", ["folder": shipped.path])))
            print(try QuizReport.list(directory: shipped))
            print("")
        }
        print(TerminalText.visible(tr("quiz.list.class", ["variable": ProgramResources.classQuizzesVariable, "folder": classFolder.relativePath])))
        print(try QuizReport.list(directory: classFolder))
    }
}
