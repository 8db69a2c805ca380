import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import SafeOutput
import Terminal

/// `astro-numbers play` (and `astro-numbers` alone): a lesson in this terminal.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: tr("help.play")
    )

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var themeOption: ThemeOption

    @Option(name: .long, help: ArgumentHelp(tr("help.play.quiz")))
    var quiz: String?

    @Option(name: .long, help: ArgumentHelp(tr("help.play.student")))
    var student: String?

    @Option(name: .long, help: ArgumentHelp(tr("help.play.db")))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(tr("help.play.weights")))
    var weights: String?

    @Flag(name: .long, help: ArgumentHelp(tr("help.play.no-mouse")))
    var noMouse = false

    @Flag(name: .long, help: ArgumentHelp(tr("help.play.resume")))
    var resume = false

    @Flag(name: .long, help: ArgumentHelp(tr("help.play.practice")))
    var practice = false

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError(tr("option.empty-path", ["option": "--db"])) }
    }

    func run() throws {
        var options = PlayOptions()
        options.quiz = quiz.map { ProgramResources.quiz(named: $0) }
        options.student = student
        options.database = db
        options.weights = weights.map { URL(fileURLWithPath: $0) }
        options.mouse = !noMouse
        options.resume = resume
        options.theme = themeOption.theme
        options.practice = practice
        let outcome: PlayOutcome
        do {
            outcome = try PlaySession.run(options)
        } catch TerminalError.notATerminal {
            FileHandle.standardError.write(Data("astro-numbers: \(TerminalError.notATerminal)\n".utf8))
            throw ExitCode(2)
        } catch TerminalError.stopped(let signal) {
            throw ExitCode(128 + signal.rawValue)
        }
        switch outcome {
        case .finished(let student, let session, let points, let maxPoints):
            print(TerminalText.visible(tr("play.finished", ["student": student, "points": points, "max": maxPoints, "session": session])))
        case .stopped(let student, let session, let unsaved):
            let carryOn = tr("play.carry-on", ["command": "astro-numbers play\(quiz.map { " --quiz \(quoted($0))" } ?? "") --student \(quoted(student)) --resume"])
            if unsaved > 0 {
                // The child chose to stop while the records stayed locked: say what was lost, and fail.
                print(TerminalText.visible(tr("play.stopped.unsaved", ["student": student, "session": session, "carry_on": carryOn])))
                throw ExitCode(1)
            }
            print(TerminalText.visible(tr("play.stopped", ["student": student, "session": session, "carry_on": carryOn])))
        case .left:
            break
        }
    }

    private func quoted(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) } ? name : "'\(name.replacingOccurrences(of: "'", with: "'\\''"))'"
    }
}
