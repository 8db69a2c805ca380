import ArgumentParser
import Foundation
import Messages
import Quiz

/// `astro-numbers quiz check FILE...`: validates sets; exit 0 only if all are valid.
struct QuizCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: tr("help.quiz.check")
    )

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: ArgumentHelp(tr("help.quiz.check.files")))
    var files: [String]

    func run() throws {
        let result = QuizReport.check(files.map { URL(fileURLWithPath: $0) })
        result.okLines.forEach { print($0) }
        guard result.allValid else {
            FileHandle.standardError.write(Data(result.problemLines.map { $0 + "\n" }.joined().utf8))
            throw ExitCode(1)
        }
    }
}
