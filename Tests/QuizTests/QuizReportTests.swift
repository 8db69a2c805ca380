import EnglishCatalogue
import XCTest
@testable import Quiz

/// The text and outcome of `quiz check`, `quiz show` and `quiz list`.
final class QuizReportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        EnglishMessages.install()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (QuizFixtures.header + "[[question]]\nask = \"2 + 2\"\n").write(to: folder.appendingPathComponent("good.toml"), atomically: true, encoding: .utf8)
        try (QuizFixtures.header + "[[question]]\nask = \"2 - 3\"\n[[generate]]\nop = \"+\"\nleft = [5, 1]\nright = 1\ncount = 1\n")
            .write(to: folder.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
        try "not a set".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testCheckPassesOnlyWhenEveryFileIsValid() {
        let good = folder.appendingPathComponent("good.toml"), bad = folder.appendingPathComponent("bad.toml")
        let ok = QuizReport.check([good])
        XCTAssertTrue(ok.allValid)
        XCTAssertEqual(ok.lines, ["\(good.path): ok, \"Test\", 1 question per session"])
        let mixed = QuizReport.check([good, bad, folder.appendingPathComponent("missing.toml")])
        XCTAssertFalse(mixed.allValid)
        XCTAssertEqual(mixed.lines.count, 4)  // good, two problems of bad, the missing file
        XCTAssertEqual(mixed.lines[1], "\(bad.path):5: question[1].ask: 2 - 3 is below zero; answers go from 0 to 9999")
        XCTAssertEqual(mixed.lines[2], "\(bad.path):8: generate[1].left: range [5, 1] is empty")
        XCTAssertTrue(mixed.lines[3].hasSuffix("missing.toml: no such file"))
        XCTAssertEqual(mixed.okLines, [mixed.lines[0]])
        XCTAssertEqual(mixed.problemLines, Array(mixed.lines[1...]))
    }

    func testRelativePathsStayRelativeInMessages() throws {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let result = QuizReport.check([URL(fileURLWithPath: "bad.toml")])
        XCTAssertEqual(result.lines.first, "bad.toml:5: question[1].ask: 2 - 3 is below zero; answers go from 0 to 9999")
    }

    func testShowIsRepeatableForASeedAndListsAnswers() throws {
        let set = try QuestionSet.load(contentsOf: QuizFixtures.quizzesDirectory.appendingPathComponent("default.toml"),
                                       displayName: "Quizzes/default.toml")
        let text = QuizReport.show(set, seed: 42)
        XCTAssertEqual(text, QuizReport.show(set, seed: 42))
        XCTAssertNotEqual(text, QuizReport.show(set, seed: 43))
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Sums and differences to 10 (Quizzes/default.toml), seed 42")
        XCTAssertEqual(lines[1], "10 questions, shuffled, draw, feedback after each, missed questions come back once")
        XCTAssertEqual(lines.count, 12)
        for (line, question) in zip(lines.dropFirst(2), set.session(seed: 42)) {
            XCTAssertTrue(line.contains(question.text), line)
            XCTAssertTrue(line.hasSuffix(" \(question.answer)"), line)
        }
        XCTAssertTrue(lines[2].hasPrefix(" 1. "))
    }

    func testListShowsTitlesAndFlagsInvalidSets() throws {
        let text = try QuizReport.list(directory: folder)
        XCTAssertEqual(text.split(separator: "\n").map(String.init), [
            "bad.toml   INVALID: 2 problems; run quiz check",
            "good.toml  Test (1 question)",
        ])
        let shipped = try QuizReport.list(directory: QuizFixtures.quizzesDirectory)
        XCTAssertTrue(shipped.contains("default.toml"))
        XCTAssertFalse(shipped.contains("INVALID"), shipped)
        XCTAssertThrowsError(try QuizReport.list(directory: folder.appendingPathComponent("nowhere")))
    }

    /// A title, a key or a file name with escape sequences is shown by `quiz check`, `show` and `list`,
    /// never sent to the terminal.
    func testEscapeSequencesInASetAreShownNotSent() throws {
        let title = "Sums\\u001B]0;pwned\\u0007\\u001B[2J"   // TOML escapes: the title holds ESC and BEL
        let set = "title = \"\(title)\"\ndescription = \"\\u202Ereversed\"\n[[question]]\nask = \"2 + 2\"\n"
        try set.write(to: folder.appendingPathComponent("evil.toml"), atomically: true, encoding: .utf8)
        try (set + "bad\\u001B[2Jkey = 1\n").write(to: folder.appendingPathComponent("evil\u{1B}[2J.toml"), atomically: true, encoding: .utf8)
        let loaded = try QuestionSet.load(contentsOf: folder.appendingPathComponent("evil.toml"))
        XCTAssertTrue(loaded.title.contains("\u{1B}"), "the fixture must really hold an escape")
        let outputs = [
            QuizReport.check([folder.appendingPathComponent("evil.toml"), folder.appendingPathComponent("evil\u{1B}[2J.toml")]).text,
            QuizReport.show(loaded, seed: 1),
            try QuizReport.list(directory: folder),
        ]
        for output in outputs {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0 == "\u{202E}" }, output)
        }
        XCTAssertTrue(outputs[0].contains("\"Sums^[]0;pwned^G^[[2J\""), outputs[0])
        XCTAssertTrue(outputs[0].contains("evil^[[2J.toml"), outputs[0])
        XCTAssertTrue(outputs[2].contains("Sums^[]0;pwned^G^[[2J"), outputs[2])
    }
}
