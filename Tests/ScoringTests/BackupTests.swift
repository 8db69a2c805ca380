import EnglishCatalogue
import GRDB
import SafeOutput
import XCTest
@testable import Scoring

/// `report --backup`: a checked copy of everything, made while others write, never over anything.
final class BackupTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: RecordStore!

    override func setUpWithError() throws {
        EnglishMessages.install()
        folder = try TemporaryFolder()
        store = try RecordStore(path: folder.file("records.sqlite"))
        for student in ["Ada", "Ben"] {
            let session = try store.startSession(student: student, quizTitle: "Add", quizFile: "a.toml",
                                                 contentHash: "h", questionCount: 2)
            for index in 0..<2 {
                try store.record(AnswerRecord(questionIndex: index, question: "1 + \(index)", expected: "\(1 + index)",
                                              read: "1", input: .typed, seconds: 1), in: session)
            }
        }
    }

    override func tearDown() { folder.remove() }

    func testABackupIsACheckedCopyOfEverything() throws {
        let destination = folder.file("backup-2026-12-02.sqlite")
        let summary = try store.backup(to: destination)
        XCTAssertEqual(summary, BackupSummary(students: 2, sessions: 2, answers: 4))
        XCTAssertEqual(summary.description, "2 students, 2 sessions, 4 answers")
        let copy = try RecordStore(path: destination)
        XCTAssertEqual(try copy.students(), ["Ada", "Ben"])
        XCTAssertEqual(try copy.report().text(), try store.report().text())
        let mode = try FileManager.default.attributesOfItem(atPath: destination)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "children's records are for the teacher only")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertFalse(left.contains { $0.hasSuffix(".tmp") || $0.hasPrefix(".backup") }, "\(left)")
    }

    func testABackupNeverReplacesAFile() throws {
        let existing = folder.file("old.sqlite")
        _ = try store.backup(to: existing)
        let before = try Data(contentsOf: URL(fileURLWithPath: existing))
        XCTAssertThrowsError(try store.backup(to: existing)) { error in
            XCTAssertTrue("\(error)".contains("left unchanged"), "\(error)")
        }
        try "notes".write(toFile: folder.file("notes.txt"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.backup(to: folder.file("notes.txt")))
        XCTAssertTrue(FileManager.default.createFile(atPath: folder.file("empty"), contents: Data()))
        XCTAssertThrowsError(try store.backup(to: folder.file("empty"))) { error in
            XCTAssertTrue("\(error)".contains("a backup goes to a new file"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: existing)), before)
        XCTAssertThrowsError(try store.backup(to: folder.file("records.sqlite"))) { error in
            XCTAssertEqual(error as? OutputFileError, .isProtected(self.folder.file("records.sqlite"),
                                                                   protected: self.folder.file("records.sqlite")))
        }
        XCTAssertThrowsError(try store.backup(to: folder.file("no/such/folder.sqlite")))
        XCTAssertEqual(try store.students(), ["Ada", "Ben"])
    }
}
