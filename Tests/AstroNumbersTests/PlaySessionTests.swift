import XCTest
import Ink
@testable import AstroNumbers
import EnglishCatalogue

/// What `play` refuses before it opens the screen: each a one-line error naming the culprit.
final class PlaySessionTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var folder: URL!

    override func setUpWithError() throws {
        EnglishMessages.install()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("astro-play-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private func options() -> PlayOptions {
        var options = PlayOptions()
        options.quiz = repository.appendingPathComponent("Quizzes/default.toml")
        options.database = folder.appendingPathComponent("records.sqlite").path
        options.weights = repository.appendingPathComponent("Tests/CNNTests/Fixtures/torch-1epoch.safetensors")
        return options
    }

    private func error(_ options: PlayOptions) -> String {
        do {
            _ = try PlaySession.prepare(options)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testEverythingInPlaceLoads() throws {
        let resources = try PlaySession.prepare(options())
        XCTAssertGreaterThan(resources.set.sessionLength, 0)
        XCTAssertNil(resources.reader.read(.init(canvas: .init(cols: 10, rows: 10), strokes: [])).answer)
    }

    func testAMissingSetIsNamed() {
        var options = options()
        options.quiz = folder.appendingPathComponent("nothere.toml")
        XCTAssertTrue(error(options).contains("nothere.toml"), error(options))
    }

    func testMissingOrWrongWeightsAreNamed() throws {
        var options = options()
        options.weights = folder.appendingPathComponent("none.safetensors")
        XCTAssertTrue(error(options).contains("none.safetensors"), error(options))
        let text = folder.appendingPathComponent("text.safetensors")
        try "not weights".write(to: text, atomically: true, encoding: .utf8)
        options.weights = text
        let message = error(options)
        XCTAssertTrue(message.contains("text.safetensors") && !message.contains("\n"), message)
    }

    /// A lesson refused for a bad set or bad weights leaves no records file and no folder behind.
    func testARefusedLessonCreatesNoRecords() throws {
        let records = folder.appendingPathComponent("class/records.sqlite")
        let notSet = folder.appendingPathComponent("bad.toml")
        try "title = ".write(to: notSet, atomically: true, encoding: .utf8)
        var badSet = options()
        badSet.quiz = notSet
        var badWeights = options()
        badWeights.weights = notSet
        var noWeights = options()
        noWeights.weights = folder.appendingPathComponent("none.safetensors")
        for options in [badSet, badWeights, noWeights] {
            var options = options
            options.database = records.path
            XCTAssertNotEqual(error(options), "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: records.deletingLastPathComponent().path))
        }
    }

    /// Records emptied after use are refused before the lesson, not silently started anew.
    func testEmptiedRecordsAreRefused() throws {
        let options = options()
        _ = try PlaySession.prepare(options)
        XCTAssertEqual(truncate(try XCTUnwrap(options.database), 0), 0)
        XCTAssertTrue(error(options).contains("is empty, but it has been used before"), error(options))
    }

    func testABlankStudentNameIsRefused() {
        var options = options()
        options.student = "  "
        XCTAssertEqual(error(options), "--student \"  \": a name needs at least one letter or digit")
    }

    /// `--student` follows the welcome screen's rules: at most 24 characters, no escape sequences.
    func testAStudentNameTheWelcomeScreenWouldNotTakeIsRefused() {
        var options = options()
        options.student = String(repeating: "x", count: 5_000)
        XCTAssertEqual(error(options), "--student \"\(String(repeating: "x", count: 24))…\": a name has at most 24 characters")
        options.student = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        XCTAssertEqual(error(options), "--student \"^[]0;pwned^G^[[2J\": a name may not contain control or text-direction characters")
    }

    func testARecordsFileThatIsNotSQLiteIsRefused() throws {
        var options = options()
        let notDatabase = folder.appendingPathComponent("marks.csv")
        try "name,score\n".write(to: notDatabase, atomically: true, encoding: .utf8)
        options.database = notDatabase.path
        XCTAssertTrue(error(options).contains("marks.csv"), error(options))
    }
}
