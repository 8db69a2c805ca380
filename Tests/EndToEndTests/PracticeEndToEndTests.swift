import Foundation
import Scoring
import XCTest

/// Practice from mistakes, end to end: a child misses two facts in a lesson, the next `play --practice` asks
/// them first and says so on the score screen, `report --student` lists them as still to learn, and after a
/// second lesson right they are learned.
final class PracticeEndToEndTests: XCTestCase {
    private var folder: String!
    private var tmux: TmuxSession?

    override func setUpWithError() throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("practice-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: BuiltBinary.product.url.path) else {
            throw XCTSkip("astro-numbers not built at \(BuiltBinary.product.url.path)")
        }
    }

    override func tearDown() {
        tmux?.kill()
        try? FileManager.default.removeItem(atPath: folder)
    }

    private var database: String { (folder as NSString).appendingPathComponent("records.sqlite") }

    /// Plays one lesson of the short quiz as Ada, typing `answers` in turn; returns the score screen.
    /// `expect` is the question asked at each turn, as the records keep it.
    private func lesson(_ extra: [String], quiz: String = PlayEndToEndTests.quiz.path, expect: [String],
                        answers: [String]) throws -> TmuxSession.Capture {
        let session = try TmuxSession(arguments: ["play", "--quiz", quiz, "--db", database,
                                                  "--weights", PlayEndToEndTests.weights.path, "--student", "Ada",
                                                  "--no-mouse"] + extra, cols: 80, rows: 24)
        tmux = session
        for (turn, answer) in answers.enumerated() {
            let shown = try session.waitUntil("question \(turn + 1)") { $0.contains("\(turn + 1) of 4") && $0.contains("[ Done ]") }
            XCTAssertTrue(shown.contains("Type your answer"), "\(shown)")
            session.sendLiteral(answer)
            try session.waitForText("You typed \(answer)")
            session.sendKeys("Enter")
            try session.waitUntil("feedback \(turn + 1)") { $0.contains("Right!") || $0.contains("Not quite") }
            session.sendKeys("Enter")
        }
        let score = try session.waitForText("Score ")
        session.sendKeys("Enter")
        XCTAssertEqual(try session.waitForExit(), 0)
        session.kill()
        let asked = try XCTUnwrap(try RecordStore(path: database).sessions().last).answers.map(\.question)
        XCTAssertEqual(asked, expect)
        return score
    }

    private func report() throws -> String {
        let process = try RecordsProcess(.product, ["report", "--db", database, "--student", "ada"])
        process.waitUntilExit()
        XCTAssertEqual(process.status, 0, process.standardError)
        return process.standardOutput
    }

    func testMissedFactsComeBackFirstUntilLearned() throws {
        // The short quiz asks 2 + 1, 9 - 2, 1 + 4, 6 + 6 in this order. Ada misses 9 - 2 and 6 + 6.
        let first = try lesson([], expect: ["2 + 1 = ?", "9 - 2 = ?", "1 + 4 = ?", "6 + 6 = ?"], answers: ["3", "8", "5", "13"])
        XCTAssertFalse(first.contains("Practised"), "a lesson without practice says nothing about it")
        var text = try report()
        XCTAssertTrue(text.contains("Facts to learn"), text)
        let toLearn = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(toLearn.contains { $0.contains("6 + 6 = ?") && $0.contains("12") && $0.contains("0 of 2") }, text)
        XCTAssertTrue(toLearn.contains { $0.contains("9 - 2 = ?") && $0.contains("7") && $0.contains("0 of 2") }, text)

        // --practice: the two facts first (equal weight: by question), then the set's own questions.
        let second = try lesson(["--practice"], expect: ["6 + 6 = ?", "9 - 2 = ?", "2 + 1 = ?", "1 + 4 = ?"],
                                answers: ["12", "7", "3", "5"])
        XCTAssertTrue(second.contains("Practised 2 facts from earlier lessons"), "\(second)")
        XCTAssertFalse(second.contains("now learned"), "right once: not learned yet\n\(second)")
        text = try report()
        XCTAssertTrue(text.split(separator: "\n").contains { $0.contains("6 + 6 = ?") && $0.contains("1 of 2") }, text)
        XCTAssertTrue(text.contains("Practice sessions"), text)
        XCTAssertTrue(text.split(separator: "\n").contains { $0.contains("6 + 6 = 12, 9 - 2 = 7") }, text)

        // Right in a second later lesson: learned, and the score screen says so.
        let third = try lesson(["--practice"], expect: ["6 + 6 = ?", "9 - 2 = ?", "2 + 1 = ?", "1 + 4 = ?"],
                               answers: ["12", "7", "3", "5"])
        XCTAssertTrue(third.contains("now learned: 6 + 6 = 12, 9 - 2 = 7") || third.contains("now learned: 9 - 2 = 7, 6 + 6 = 12"), "\(third)")
        text = try report()
        XCTAssertTrue(text.contains("(none: every missed fact is learned)"), text)
        let learned = try XCTUnwrap(text.range(of: "Learned after being missed"))
        XCTAssertTrue(text[learned.upperBound...].contains("6 + 6 = ?"), text)

        // With nothing left to learn, --practice is the set's own lesson.
        let fourth = try lesson(["--practice"], expect: ["2 + 1 = ?", "9 - 2 = ?", "1 + 4 = ?", "6 + 6 = ?"],
                                answers: ["3", "7", "5", "12"])
        XCTAssertTrue(fourth.contains("No facts to practise from earlier lessons"), "\(fourth)")

        // The same set with `practice = 1`: a miss of 1 + 4 comes back first in the next lesson, without --practice.
        let practising = (folder as NSString).appendingPathComponent("practising.toml")
        let setText = try String(contentsOf: PlayEndToEndTests.quiz, encoding: .utf8)
            .replacingOccurrences(of: "[settings]\n", with: "[settings]\npractice = 1\n")
        try setText.write(toFile: practising, atomically: true, encoding: .utf8)
        _ = try lesson([], quiz: practising, expect: ["2 + 1 = ?", "9 - 2 = ?", "1 + 4 = ?", "6 + 6 = ?"], answers: ["3", "7", "6", "12"])
        let sixth = try lesson([], quiz: practising, expect: ["1 + 4 = ?", "2 + 1 = ?", "9 - 2 = ?", "6 + 6 = ?"],
                               answers: ["5", "3", "7", "12"])
        XCTAssertTrue(sixth.contains("Practised 1 fact from earlier lessons"), "\(sixth)")
    }
}
