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
        abstract: "Watch today's lesson live: each child's set, progress, score, last answer; stuck and stopped children; the most-missed questions.",
        discussion: """
            Only reads the records (--db, else $ASTRO_NUMBERS_DB, else the XDG data folder); a child's answers \
            are never held up. Keys: n, p, s sort by name, progress, score; up/down choose a child; Enter shows \
            the child's answers; q leaves.
            """
    )

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var themeOption: ThemeOption

    @Option(help: ArgumentHelp("The records database (default: $ASTRO_NUMBERS_DB, else the XDG data folder).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Only sessions of this question set (a path or a set's file name, as for play).", valueName: "file"))
    var quiz: String?

    @Option(help: ArgumentHelp("Seconds without an answer after which a child shows as STUCK.", valueName: "seconds"))
    var stuck: Int = Int(ClassFilter.defaultStuckAfter)

    @Option(help: ArgumentHelp("Row order: name, progress or score.", valueName: "order"))
    var sort: String = "name"

    @Flag(help: "Print one snapshot as plain text and exit, instead of the live screen.")
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
