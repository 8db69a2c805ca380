import EnglishCatalogue
import GRDB
import XCTest
@testable import Scoring

/// Records that have been used and are then emptied, removed or replaced by a blank database are refused,
/// not started anew.
final class UseMarkerTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func used(_ name: String = "class/records.sqlite") throws -> String {
        let path = folder.file(name)
        let store = try RecordStore(path: path)
        _ = try store.startSession(student: "Ada", quizTitle: "Add", quizFile: "a.toml", contentHash: "h", questionCount: 1)
        return path
    }

    func testTheFirstOpeningLeavesAMarker() throws {
        let path = try used()
        let marker = UseMarker(records: path)
        XCTAssertEqual(marker.path, path + ".used")
        XCTAssertTrue(marker.exists)
        XCTAssertTrue(try String(contentsOfFile: marker.path, encoding: .utf8).contains("have been in use since"))
        // The shared-server recipe's empty file, never used, simply becomes the records (and gets a marker).
        XCTAssertTrue(FileManager.default.createFile(atPath: folder.file("new.sqlite"), contents: Data()))
        XCTAssertNoThrow(try RecordStore(path: folder.file("new.sqlite")))
        XCTAssertTrue(UseMarker(records: folder.file("new.sqlite")).exists)
    }

    /// `: > records.sqlite` (which any class member can do) used to give a fresh, empty class silently.
    func testEmptiedRecordsAreRefused() throws {
        let path = try used()
        XCTAssertEqual(truncate(path, 0), 0)
        XCTAssertThrowsError(try RecordStore(path: path)) { error in
            XCTAssertEqual(error as? RecordStoreError, .lostAfterUse(path: path, marker: path + ".used", state: .empty))
            XCTAssertEqual("\(error)", "records database \(path) is empty, but it has been used before (\(path).used): it may have been emptied or removed by mistake; restore it from a backup, or delete \(path).used to start new records")
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, 0, "left as it was")
    }

    func testRemovedRecordsAreRefusedWithoutCreatingAnything() throws {
        let path = try used()
        for companion in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + companion) }
        XCTAssertThrowsError(try RecordStore(path: path)) { error in
            XCTAssertEqual(error as? RecordStoreError, .lostAfterUse(path: path, marker: path + ".used", state: .missing))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testABlankDatabaseInTheirPlaceIsRefused() throws {
        let path = try used()
        for companion in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + companion) }
        let blank = try DatabaseQueue(path: path)
        try blank.write { try $0.execute(sql: "PRAGMA user_version = 0") }
        try blank.close()
        XCTAssertThrowsError(try RecordStore(path: path)) { error in
            XCTAssertEqual(error as? RecordStoreError, .lostAfterUse(path: path, marker: path + ".used", state: .noTables))
        }
    }

    func testDeletingTheMarkerStartsNewRecordsOnPurpose() throws {
        let path = try used()
        XCTAssertEqual(truncate(path, 0), 0)
        try FileManager.default.removeItem(atPath: path + ".used")
        let store = try RecordStore(path: path)
        XCTAssertEqual(try store.students(), [])
        XCTAssertTrue(UseMarker(records: path).exists)
    }
}
