import EnglishCatalogue
import Foundation
import GRDB
import XCTest
@testable import Scoring

/// The read-only connection of the class view: it waits for records that are not there yet, refuses files
/// that can never hold them, cannot write, and never holds up a writer.
final class RecordReaderTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func isWaiting(_ opening: RecordReader.Opening) -> Bool {
        if case .waiting = opening { return true }
        return false
    }

    func testWaitsForAMissingOrEmptyFileAndCreatesNothing() throws {
        let path = folder.file("later/records.sqlite")
        XCTAssertTrue(isWaiting(try RecordReader.open(path: path)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("later")), "no folder is made")
        let empty = folder.file("empty.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        XCTAssertTrue(isWaiting(try RecordReader.open(path: empty)))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty + "-wal"))
        // Once a lesson has written the tables, the same path is ready.
        _ = try RecordStore(path: empty)
        XCTAssertFalse(isWaiting(try RecordReader.open(path: empty)))
    }

    func testRefusesFilesThatCanNeverHoldRecords() throws {
        let text = folder.file("marks.csv")
        try "name,score\n".write(toFile: text, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try RecordReader.open(path: text)) { XCTAssertEqual($0 as? RecordStoreError, .notSQLite(path: text)) }
        let other = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER)") }
        try queue.close()
        XCTAssertThrowsError(try RecordReader.open(path: other)) { XCTAssertEqual($0 as? RecordStoreError, .notRecords(path: other)) }
        XCTAssertThrowsError(try RecordReader.open(path: folder.path)) {
            XCTAssertEqual($0 as? RecordStoreError, .unreadable(path: folder.path, detail: "it is a folder, not a file"))
        }
    }

    func testCannotWriteAndNeverBlocksAWriter() throws {
        let path = folder.file("r.sqlite")
        let store = try RecordStore(path: path)
        let session = try store.startSession(student: "Ada", quizTitle: "A", quizFile: "a.toml", contentHash: "h", questionCount: 3)
        guard case .ready(let reader) = try RecordReader.open(path: path) else { return XCTFail("not ready") }
        XCTAssertThrowsError(try reader.queue.writeWithoutTransaction { try $0.execute(sql: "DELETE FROM answers") })
        // A child's answer commits while the reader is inside its read transaction; the reader's snapshot
        // stays as it began, and the next read sees the answer.
        let seen = try reader.read { db -> [Int] in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM answers") ?? -1
            try store.record(AnswerRecord(questionIndex: 0, question: "1 + 1 = ?", expected: "2", read: "2",
                                          input: .typed, seconds: 1), in: session)
            return [before, try Int.fetchOne(db, sql: "SELECT count(*) FROM answers") ?? -1]
        }
        XCTAssertEqual(seen, [0, 0])
        XCTAssertEqual(try reader.classSnapshot().children.first?.answered, 1)
    }
}
