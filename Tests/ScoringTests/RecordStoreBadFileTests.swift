import EnglishCatalogue
import XCTest
import GRDB
@testable import Scoring

/// A bad records file must give one clear line before any question, and stay exactly as it was.
final class RecordStoreBadFileTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    private func assertRefused(_ path: String, _ expected: (RecordStoreError) -> Bool,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try contents(path)
        XCTAssertThrowsError(try RecordStore(path: path), file: file, line: line) { error in
            guard let error = error as? RecordStoreError else {
                return XCTFail("not a RecordStoreError: \(error)", file: file, line: line)
            }
            XCTAssertTrue(expected(error), "unexpected error: \(error)", file: file, line: line)
            XCTAssertFalse("\(error)".contains("\n"), file: file, line: line)
            XCTAssertTrue("\(error)".contains(path), file: file, line: line)
        }
        XCTAssertEqual(try contents(path), before, "the file was changed", file: file, line: line)
    }

    func testTextFileIsNotSQLite() throws {
        let path = folder.file("notes.txt")
        try "Ada 10/10\nBen 9/10\n".write(toFile: path, atomically: true, encoding: .utf8)
        try assertRefused(path) { $0 == .notSQLite(path: path) }
    }

    func testCorruptPagesAreReported() throws {
        let path = folder.file("corrupt.sqlite")
        do {
            let store = try RecordStore(path: path)
            let session = try store.startSession(student: "Ada", quizTitle: "q", quizFile: "q.toml",
                                                 contentHash: "h", questionCount: 200)
            for index in 0..<200 {
                try store.record(AnswerRecord(questionIndex: index, question: "\(index) + 1",
                                              expected: "\(index + 1)", read: "\(index + 1)",
                                              strokes: [[PenPoint(x: 1, y: 2)]], input: .drawn, seconds: 1),
                                 in: session)
            }
        }
        // Keep the header page, scribble over everything after it.
        var data = try contents(path)
        XCTAssertGreaterThan(data.count, 8192)
        for offset in stride(from: 4096, to: data.count, by: 7) { data[offset] = UInt8(truncatingIfNeeded: offset) }
        try data.write(to: URL(fileURLWithPath: path))
        try assertRefused(path) {
            if case .corrupt = $0 { return true }
            return false
        }
    }

    func testAnotherProgramsDatabaseIsNotTakenOver() throws {
        let path = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE bookmarks (url TEXT)") }
        try queue.close()
        try assertRefused(path) { $0 == .notRecords(path: path) }
    }

    func testNewerSchemaVersionIsRefusedAndLeftUnchanged() throws {
        let path = folder.file("newer.sqlite")
        _ = try RecordStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        try assertRefused(path) {
            $0 == .newerSchema(path: path, found: "version 99", known: "version \(RecordSchema.version)")
        }
        XCTAssertTrue("\(RecordStoreError.newerSchema(path: path, found: "version 99", known: "version 1"))"
            .contains("newer astro-numbers"))
    }

    func testUnknownMigrationIsRefused() throws {
        let path = folder.file("future.sqlite")
        _ = try RecordStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-from-the-future')") }
        try queue.close()
        try assertRefused(path) {
            if case .newerSchema(_, let found, _) = $0 { return found == "v2-from-the-future" }
            return false
        }
    }

    func testFolderInsteadOfFileIsUnreadable() throws {
        XCTAssertThrowsError(try RecordStore(path: folder.path)) { error in
            XCTAssertEqual(error as? RecordStoreError, .unreadable(path: folder.path, detail: "it is a folder, not a file"))
        }
    }

    func testEmptyFileBecomesARecordsDatabase() throws {
        let path = folder.file("empty.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        XCTAssertEqual(try RecordStore(path: path).students(), [])
    }

    func testReadOnlyAndUnreadableFiles() throws {
        try XCTSkipIf(getuid() == 0, "root can read and write any file, so permissions cannot be tested")
        let path = folder.file("r.sqlite")
        _ = try RecordStore(path: path)
        XCTAssertEqual(chmod(path, 0o444), 0)
        try assertRefused(path) {
            if case .readOnly = $0 { return true }
            return false
        }
        XCTAssertEqual(chmod(path, 0o000), 0)
        XCTAssertThrowsError(try RecordStore(path: path)) { error in
            XCTAssertEqual(error as? RecordStoreError, .unreadable(path: path, detail: "permission denied"))
        }
        XCTAssertEqual(chmod(path, 0o644), 0)
    }
}
