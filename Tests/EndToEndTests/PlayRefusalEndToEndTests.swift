import Foundation
import XCTest

/// `play` refused before the lesson: one line, and nothing left behind.
final class PlayRefusalEndToEndTests: XCTestCase {
    /// Without a terminal `play` exits 2 before it opens (or creates) the records file or its folder.
    func testNoTerminalCreatesNoRecords() throws {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("play-refusal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = (folder as NSString).appendingPathComponent("class/records.sqlite")
        let play = try RecordsProcess(.product, ["play", "--db", records, "--student", "Ada"])
        play.waitUntilExit()
        XCTAssertEqual(play.status, 2, play.standardError)
        XCTAssertEqual(play.standardOutput, "")
        XCTAssertEqual(play.standardError.split(separator: "\n").count, 1, play.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "records folder created for a refused lesson")
    }
}
