import ArgumentParser
import Foundation
import Messages
import SafeOutput
import Scoring

/// `astro-numbers report`: the teacher's view of the records (class table, most-missed questions,
/// one student's history), optionally also written as CSV for a spreadsheet.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: tr("help.report"),
        discussion: tr("help.report.discussion")
    )

    @OptionGroup var languageOption: LanguageOption

    @Option(help: ArgumentHelp(tr("help.report.db"), valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp(tr("help.report.student"), valueName: "name"))
    var student: String?

    @Option(help: ArgumentHelp(tr("help.report.quiz"), valueName: "title"))
    var quiz: String?

    @Option(help: ArgumentHelp(tr("help.report.since"), valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp(tr("help.report.backup"), valueName: "file"))
    var backup: String?

    @Option(help: ArgumentHelp(tr("help.report.csv"), valueName: "file"))
    var csv: String?

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError(tr("option.empty-path", ["option": "--db"])) }
        if csv?.isEmpty == true { throw ValidationError(tr("option.empty-file", ["option": "--csv"])) }
        if backup?.isEmpty == true { throw ValidationError(tr("option.empty-file", ["option": "--backup"])) }
        if backup != nil && (student != nil || quiz != nil || since != nil || csv != nil) {
            throw ValidationError(tr("report.backup-alone"))
        }
    }

    func run() throws {
        let path = RecordStore.resolvePath(explicit: db)
        // A report never creates a records file: a wrong path should say so, not show an empty class.
        guard FileManager.default.fileExists(atPath: path) else {
            let marker = UseMarker(records: path)
            if marker.exists { throw RecordStoreError.lostAfterUse(path: path, marker: marker.path, state: .missing) }
            throw ReportCommandError.noRecords(path)
        }
        let filter = ReportFilter(student: student, quizTitle: quiz, since: try since.map { try ReportFilter.date($0) })
        let store = try RecordStore(path: path)
        if let backup {
            let summary = try store.backup(to: backup)
            print(TerminalText.visible(tr("report.backup-written", ["file": backup, "summary": summary])))
            return
        }
        // A name or title that is not on record is a typo far more often than a child with no sessions.
        if let student, try store.student(named: student) == nil {
            throw ReportCommandError.unknownStudent(student, known: try store.students())
        }
        if let quiz, try !store.quizTitles().contains(quiz) {
            throw ReportCommandError.unknownQuiz(quiz, known: try store.quizTitles())
        }
        if let csv, csv != "-" {
            // Before the work, so a wrong name is refused at once; the write checks again.
            try OutputFile.check(csv, as: ClassReport.csvKind, protecting: [path])
        }
        let report = try store.report(filter)
        if csv == "-" {
            print(report.csv(), terminator: "")
            return
        }
        print(report.text(history: student != nil), terminator: "")
        if student != nil {
            // The child's own facts over the whole history (of this set with --quiz; --since only limits the
            // sessions listed): what practice brings back next, and what is learned.
            let history = FactHistory(sessions: try store.sessions(matching: ReportFilter(student: student, quizTitle: quiz)))
            print("\n" + history.text(sessions: report.sessions), terminator: "")
        }
        if let csv {
            try OutputFile.write(Data(report.csv().utf8), to: csv, as: ClassReport.csvKind, protecting: [path])
            print("\n" + tr("report.csv-written", ["file": TerminalText.visible(csv)]))
        }
    }
}

/// One-line errors of `report` that are not about the database contents.
enum ReportCommandError: Error, CustomStringConvertible {
    case noRecords(String)
    case unknownStudent(String, known: [String])
    case unknownQuiz(String, known: [String])

    var description: String {
        switch self {
        case .noRecords(let path):
            return tr("report.no-records", ["path": path])
        case .unknownStudent(let name, let known):
            return tr("report.unknown-student", ["name": StudentName.quoted(name), "known": Self.list(known, as: "report.known-students")])
        case .unknownQuiz(let title, let known):
            return tr("report.unknown-quiz", ["title": title, "known": Self.list(known, as: "report.known-titles")])
        }
    }

    /// "students: Ada, Ben and 3 more" — enough to spot the typo, short enough for one line.
    private static func list(_ names: [String], as key: String) -> String {
        guard !names.isEmpty else { return tr("report.none-yet") }
        let shown = names.prefix(8).map { "\"\($0)\"" }.joined(separator: ", ")
        return tr(key, ["names": names.count > 8 ? tr("report.and-more", ["names": shown, "count": names.count - 8]) : shown])
    }
}
