import ArgumentParser
import AstroNumbers
import Foundation
import Quiz

/// `astro-numbers quiz list [DIR]`: the sets of a folder with their titles.
struct QuizListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the question sets of a folder with their titles (default: Quizzes/)."
    )

    @Argument(help: "The folder (default: the Quizzes folder of the current directory or the installation).")
    var directory: String?

    func run() throws {
        let url: URL
        if let directory {
            url = URL(fileURLWithPath: directory, isDirectory: true)
        } else if let found = ProgramResources.quizzes() {
            url = found
        } else {
            throw ValidationError("no Quizzes folder found; name one: astro-numbers quiz list DIR")
        }
        print(try QuizReport.list(directory: url))
    }
}
