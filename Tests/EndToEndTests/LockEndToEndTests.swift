import Foundation
import GRDB
import XCTest

/// A lesson while another program holds the records locked (a teacher's `sqlite3` session, a long backup):
/// the answer is kept and saved when the lock goes, the lesson carries on, and keys typed meanwhile are dropped.
final class LockEndToEndTests: TmuxLessonTestCase {
    /// Held for 55 s: longer than the 5 tries of 10 s after which the lesson used to end with the answer
    /// unsaved. "Enter 9 Enter" typed during the lock used to become the answer to the next question, which
    /// was never shown.
    func testALongLockNeitherLosesTheAnswerNorEndsTheLessonAndKeysTypedMeanwhileAreDropped() throws {
        let database = folder.appendingPathComponent("records.sqlite").path
        let session = try TmuxSession(arguments: ["play", "--quiz", PlayEndToEndTests.quiz.path, "--db", database,
                                                  "--weights", PlayEndToEndTests.weights.path, "--student", "Ada",
                                                  "--no-mouse"], cols: 80, rows: 24)
        tmux = session
        try session.waitUntil("question 1") { $0.contains("1 of 4") && $0.contains("[ Done ]") }

        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true   // the lock outlives one access, as another program's would
        let other = try DatabaseQueue(path: database, configuration: configuration)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        session.sendKeys("3")
        try session.waitForText("You typed 3")
        session.sendKeys("Enter")
        try session.waitForText("Saving your answer")
        session.sendKeys("Enter")
        session.sendKeys("9")
        session.sendKeys("Enter")
        Thread.sleep(forTimeInterval: 55)
        let waiting = session.capture()
        XCTAssertTrue(waiting.contains("Saving your answer") && waiting.contains("1 of 4"), "\(waiting)")
        try other.inDatabase { try $0.execute(sql: "COMMIT") }

        try session.waitForText("Right")
        Thread.sleep(forTimeInterval: 0.5)
        let feedback = session.capture()
        XCTAssertTrue(feedback.contains("Right") && feedback.contains("1 of 4"), "typed-ahead keys moved on:\n\(feedback)")
        session.sendKeys("Enter")
        try session.waitUntil("question 2") { $0.contains("2 of 4") && $0.contains("[ Done ]") }

        let answers = try other.read { db in
            try Row.fetchAll(db, sql: "SELECT questionIndex, read FROM answers ORDER BY id")
                .map { "\($0["questionIndex"] as Int):\($0["read"] as String? ?? "nil")" }
        }
        XCTAssertEqual(answers, ["0:3"], "exactly the answer given, none typed ahead")
        session.sendKeys("Escape")
        try session.waitForText("Stop the quiz?")
        session.sendKeys("y")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
