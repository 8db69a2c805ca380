import Foundation
import XCTest

/// What the end-to-end tests that drive the program in tmux share: a scratch folder of their own (for the
/// records file and anything else the run writes) and the tmux session, killed and removed after each test.
///
/// ```swift
/// final class PlayEndToEndTests: TmuxLessonTestCase {
///     func testALesson() throws {
///         tmux = try TmuxSession(arguments: ["play", "--db", database])
///     }
/// }
/// ```
class TmuxLessonTestCase: XCTestCase {
    var tmux: TmuxSession?
    var folder: URL!

    /// The records file of this test's runs (not created here).
    var database: String { folder.appendingPathComponent("records.sqlite").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("astro-\(type(of: self))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }
}
