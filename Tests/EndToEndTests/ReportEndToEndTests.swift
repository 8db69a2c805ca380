import Foundation
import GRDB
import Scoring
import XCTest

/// `astro-numbers report` against typos and hostile text, run as the teacher would: the records can't be
/// written over, nothing reaches the terminal raw, a wrong name or path says so.
final class ReportEndToEndTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("report-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: BuiltBinary.product.url.path) else {
            throw XCTSkip("astro-numbers not built at \(BuiltBinary.product.url.path)")
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private func run(_ arguments: [String]) throws -> RecordsProcess {
        let process = try RecordsProcess(.product, arguments)
        process.waitUntilExit()
        return process
    }

    /// Records of Ada with one answer.
    private func makeRecords(_ name: String = "r.sqlite") throws -> String {
        let store = try RecordStore(path: path(name))
        let session = try store.startSession(student: "Ada", quizTitle: "Add", quizFile: "a.toml", contentHash: "h",
                                             questionCount: 1)
        try store.record(AnswerRecord(questionIndex: 0, question: "7 + 8", expected: "15", read: "14", input: .typed,
                                      seconds: 2), in: session)
        try store.finish(session)
        return path(name)
    }

    /// `report --db r.sqlite --csv r.sqlite` used to replace the class's records with a 255-byte CSV.
    func testTheCSVNeverReplacesTheRecordsOrAnotherDatabase() throws {
        let records = try makeRecords()
        let other = try makeRecords("other.sqlite")
        for target in [records, other, records + "-wal"] where FileManager.default.fileExists(atPath: target) {
            let report = try run(["report", "--db", records, "--csv", target])
            XCTAssertEqual(report.status, 1, target)
            XCTAssertEqual(report.standardOutput, "", "nothing is printed when the CSV is refused")
            XCTAssertEqual(report.standardError.split(separator: "\n").count, 1, report.standardError)
            XCTAssertTrue(report.standardError.contains("left unchanged"), report.standardError)
        }
        for database in [records, other] {
            XCTAssertEqual(try RecordStore(path: database).sessions().map(\.answers.count), [1], database)
        }
        XCTAssertEqual(try run(["report", "--db", records]).status, 0)

        // A file that is not this report's CSV is left alone; the report's own CSV is replaced.
        try "my notes\n".write(toFile: path("notes.txt"), atomically: true, encoding: .utf8)
        let notes = try run(["report", "--db", records, "--csv", path("notes.txt")])
        XCTAssertEqual(notes.status, 1)
        XCTAssertEqual(notes.standardError, "Error: \(path("notes.txt")) exists and is not a CSV file written by astro-numbers; it was left unchanged (choose another file name, or remove it first)\n")
        XCTAssertEqual(try String(contentsOfFile: path("notes.txt"), encoding: .utf8), "my notes\n")
        for _ in 0..<2 {
            let csv = try run(["report", "--db", records, "--csv", path("class.csv")])
            XCTAssertEqual(csv.status, 0, csv.standardError)
            XCTAssertTrue(csv.standardOutput.hasSuffix("CSV written to \(path("class.csv"))\n"), csv.standardOutput)
        }
        XCTAssertTrue(try String(contentsOfFile: path("class.csv"), encoding: .utf8).contains("student,Ada,"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }, [])
    }

    func testAFolderAnEmptyPathAndATypoGiveOneLine() throws {
        let records = try makeRecords()
        let cases: [([String], Int32, String)] = [
            (["--csv", folder], 1, "Error: cannot write \(folder!): it is a folder; name a file in it\n"),
            (["--csv", path("no/such.csv")], 1, "Error: cannot write \(path("no/such.csv")): folder \(path("no")) does not exist\n"),
            (["--student", "Adda"], 1, "Error: --student \"Adda\": no student of that name in the records (students: \"Ada\")\n"),
            (["--quiz", "Ad"], 1, "Error: --quiz \"Ad\": no session of a quiz with that title in the records (titles: \"Add\")\n"),
        ]
        for (arguments, status, message) in cases {
            let report = try run(["report", "--db", records] + arguments)
            XCTAssertEqual(report.status, status, arguments.joined(separator: " "))
            XCTAssertEqual(report.standardError, message)
            XCTAssertEqual(report.standardOutput, "")
        }
        // `--db ''` used to fall back to the default records and print an empty report with status 0.
        let empty = try run(["report", "--db", ""])
        XCTAssertNotEqual(empty.status, 0)
        XCTAssertTrue(empty.standardError.hasPrefix("Error: --db: the path is empty\n"), empty.standardError)
        XCTAssertEqual(empty.standardOutput, "")
        // Any case still finds the student.
        XCTAssertEqual(try run(["report", "--db", records, "--student", "ADA"]).status, 0)
    }

    /// Records written before names were checked may hold escape sequences; the teacher's terminal sees them
    /// shown, in the table, in `--csv -` and in an error line.
    func testEscapeSequencesInTheRecordsNeverReachTheTerminal() throws {
        let records = try makeRecords()
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J=HYPERLINK(\"x\")"
        let queue = try DatabaseQueue(path: records)
        try queue.write { try $0.execute(sql: "UPDATE students SET name = ?", arguments: [hostile]) }
        try queue.write { try $0.execute(sql: "UPDATE sessions SET quizTitle = ?", arguments: ["Add\u{202E}"]) }
        try queue.close()
        let outputs = [try run(["report", "--db", records]), try run(["report", "--db", records, "--csv", "-"]),
                       try run(["report", "--db", records, "--student", "nobody"])]
        for output in outputs {
            let all = output.standardOutput + output.standardError
            XCTAssertFalse(all.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, all)
        }
        XCTAssertTrue(outputs[0].standardOutput.contains("^[]0;pwned^G^[[2J=HYPERLINK"), outputs[0].standardOutput)
        XCTAssertTrue(outputs[1].standardOutput.contains("student,\"^[]0;pwned^G^[[2J=HYPERLINK(\"\"x\"\")\","),
                      outputs[1].standardOutput)
        XCTAssertTrue(outputs[2].standardError.contains("^[]0;pwned^G"), outputs[2].standardError)
    }

    /// The teacher's backup, and records emptied after use (`: > records.sqlite`) refused, not started anew.
    func testBackupAndEmptiedRecords() throws {
        let records = try makeRecords()
        let backup = try run(["report", "--db", records, "--backup", path("backup.sqlite")])
        XCTAssertEqual(backup.status, 0, backup.standardError)
        XCTAssertEqual(backup.standardOutput, "Backup written to \(path("backup.sqlite")): 1 student, 1 session, 1 answer, checked.\n")
        let again = try run(["report", "--db", records, "--backup", path("backup.sqlite")])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.standardError.split(separator: "\n").count, 1, again.standardError)

        XCTAssertEqual(truncate(records, 0), 0)
        let emptied = try run(["report", "--db", records])
        XCTAssertEqual(emptied.status, 1)
        XCTAssertEqual(emptied.standardError, "Error: records database \(records) is empty, but it has been used before (\(records).used): it may have been emptied or removed by mistake; restore it from a backup, or delete \(records).used to start new records\n")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: records)[.size] as? Int, 0)

        // Restored from the backup (no lesson running), the class is back.
        try FileManager.default.removeItem(atPath: records)
        for companion in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: records + companion) }
        try FileManager.default.copyItem(atPath: path("backup.sqlite"), toPath: records)
        let restored = try run(["report", "--db", records])
        XCTAssertEqual(restored.status, 0, restored.standardError)
        XCTAssertTrue(restored.standardOutput.contains("Ada"), restored.standardOutput)
    }
}
