import ArgumentParser
import AstroNumbers
import Foundation
import Messages
import Quiz
import SafeOutput
import Scoring
import Terminal

/// `astro-numbers class`: the teacher's live view of today's lesson, read-only, refreshed twice a second;
/// `--once` prints one snapshot as plain text (for scripts, or SSH without a full screen).
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: tr("help.class"),
        discussion: tr("help.class.discussion")
    )

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var themeOption: ThemeOption

    @Option(help: ArgumentHelp(tr("help.report.db"), valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp(tr("help.class.quiz"), valueName: "file"))
    var quiz: String?

    @Option(help: ArgumentHelp(tr("help.class.stuck"), valueName: "seconds"))
    var stuck: Int = Int(ClassFilter.defaultStuckAfter)

    @Option(help: ArgumentHelp(tr("help.class.sort"), valueName: "order"))
    var sort: String = "name"

    @Flag(help: ArgumentHelp(tr("help.class.once")))
    var once = false

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError(tr("option.empty-path", ["option": "--db"])) }
        if !(1...86_400).contains(stuck) { throw ValidationError(tr("class.option.stuck", ["value": stuck])) }
        if ClassSnapshot.Order(rawValue: sort) == nil { throw ValidationError(tr("class.option.sort", ["value": TerminalText.visible(sort)])) }
    }

    func run() throws {
        let path = RecordStore.resolvePath(explicit: db)
        var filter = ClassFilter(stuckAfter: Double(stuck))
        var title: String?
        if let quiz {
            let url = ProgramResources.quiz(named: quiz)
            do {
                let set = try QuestionSet.load(contentsOf: url, displayName: quiz)
                filter.contentHash = set.contentHash
                title = set.title
            } catch let error as QuestionSetError {
                FileHandle.standardError.write(Data((TerminalText.visibleLines(error.description) + "\n").utf8))
                throw ExitCode(1)
            }
        }
        let order = ClassSnapshot.Order(rawValue: sort) ?? .name
        var watch = ClassWatch(path: path, filter: filter)
        if once {
            switch watch.poll() {
            case .snapshot(let snapshot): print(snapshot.text(order: order, title: title), terminator: "")
            case .waiting(let why): print(TerminalText.visible(ClassViewWords.waiting(why)))
            case .failed(let error): throw error
            }
            return
        }
        do {
            try ClassViewSession.run(watch: watch, title: title, order: order, theme: themeOption.theme)
        } catch TerminalError.notATerminal {
            FileHandle.standardError.write(Data("astro-numbers: \(TerminalError.notATerminal) (\(tr("class.once-hint")))\n".utf8))
            throw ExitCode(2)
        } catch TerminalError.stopped(let signal) {
            throw ExitCode(128 + signal.rawValue)
        }
    }
}
