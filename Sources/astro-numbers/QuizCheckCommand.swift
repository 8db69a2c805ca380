import ArgumentParser
import Foundation
import Quiz

/// `astro-numbers quiz check FILE...`: validates sets; exit 0 only if all are valid.
struct QuizCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check question sets; prints every problem and exits 1 if any set is invalid."
    )

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: "Set files to check, e.g. Quizzes/*.toml.")
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
