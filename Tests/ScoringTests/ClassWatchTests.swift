import Foundation
import XCTest
@testable import Scoring

/// The class view's watch: a file that appears later, and a file replaced at the same path (a backup
/// restored) are both picked up.
final class ClassWatchTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func children(_ reading: ClassWatch.Reading) -> [String]? {
        if case .snapshot(let snapshot) = reading { return snapshot.children.map(\.student) }
        return nil
    }

    private func records(_ name: String, student: String) throws -> String {
        let path = folder.file(name)
        let store = try RecordStore(path: path)
        _ = try store.startSession(student: student, quizTitle: "A", quizFile: "a.toml", contentHash: "h", questionCount: 1)
        return path
    }

    func testPicksUpAFileThatAppearsAndOneThatReplacesIt() throws {
        let path = folder.file("class.sqlite")
        var watch = ClassWatch(path: path)
        XCTAssertNil(children(watch.poll()), "waiting: no file yet")
        _ = try records("class.sqlite", student: "Ada")
        XCTAssertEqual(children(watch.poll()), ["Ada"])
        // A copy of other records moved over the path, as a restore would.
        let other = try records("other.sqlite", student: "Ben")
        try FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: other, toPath: path + ".tmp")
        XCTAssertEqual(rename(path + ".tmp", path), 0)
        XCTAssertEqual(children(watch.poll()), ["Ben"])
    }
}
