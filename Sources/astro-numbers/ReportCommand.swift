import ArgumentParser
import Foundation
import Scoring

/// `astro-numbers report`: the teacher's view of the records (class table, most-missed questions,
/// one student's history), optionally also written as CSV for a spreadsheet.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show the class's results: class table, most-missed questions and, with --student, a history.",
        discussion: """
            Records are read from --db, else $ASTRO_NUMBERS_DB, else \
            $XDG_DATA_HOME/astro-numbers/records.sqlite (~/.local/share/astro-numbers/records.sqlite).
            """
    )

    @Option(help: ArgumentHelp("The records database (default: $ASTRO_NUMBERS_DB, else the XDG data folder).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Only this student (any case); also lists each of their sessions.", valueName: "name"))
    var student: String?

    @Option(help: ArgumentHelp("Only sessions of the quiz with this title.", valueName: "title"))
    var quiz: String?

    @Option(help: ArgumentHelp("Only sessions started on or after this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Also write the report as RFC 4180 CSV to this file ('-' for standard output).", valueName: "file"))
    var csv: String?

    func run() throws {
        let path = RecordStore.resolvePath(explicit: db)
        // A report never creates a records file: a wrong path should say so, not show an empty class.
        guard FileManager.default.fileExists(atPath: path) else {
            throw ReportCommandError.noRecords(path)
        }
        let filter = ReportFilter(student: student, quizTitle: quiz, since: try since.map { try ReportFilter.date($0) })
        let store = try RecordStore(path: path)
        let report = try store.report(filter)
        if csv == "-" {
            print(report.csv(), terminator: "")
            return
        }
        print(report.text(history: student != nil), terminator: "")
        if let csv {
            do {
                try report.csv().write(toFile: csv, atomically: true, encoding: .utf8)
            } catch {
                throw ReportCommandError.cannotWrite(csv, (error as NSError).localizedDescription)
            }
            print("\nCSV written to \(csv)")
        }
    }
}

/// One-line errors of `report` that are not about the database contents.
enum ReportCommandError: Error, CustomStringConvertible {
    case noRecords(String)
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .noRecords(let path): return "no records database at \(path) (nothing has been recorded there yet)"
        case .cannotWrite(let path, let reason): return "cannot write CSV \(path): \(reason)"
        }
    }
}
