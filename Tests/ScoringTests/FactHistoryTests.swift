import Foundation
import GRDB
import XCTest
@testable import Scoring

/// The spaced-repetition rule over records built here: what is to learn, in which order, and when a fact
/// is learned.
final class FactHistoryTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: RecordStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try RecordStore(path: folder.file("r.sqlite"))
    }

    override func tearDown() { folder.remove() }

    /// One finished lesson of `student`: each (a, b, given) is "a + b = ?" answered with `given`
    /// (nil: an unreadable drawing and nothing else).
    @discardableResult
    private func lesson(_ answers: [(Int, Int, String?)], student: String = "Ada", title: String = "Sums") throws -> SessionID {
        let session = try store.startSession(student: student, quizTitle: title, quizFile: "s.toml", contentHash: title,
                                             questionCount: answers.count)
        for (index, (a, b, given)) in answers.enumerated() {
            try store.record(AnswerRecord(questionIndex: index, question: "\(a) + \(b) = ?", expected: "\(a + b)",
                                          read: given, input: .typed, seconds: 1), in: session)
        }
        try store.finish(session)
        return session
    }

    private func history(_ student: String = "Ada", title: String? = nil) throws -> FactHistory {
        try store.factHistory(student: student, quizTitle: title)
    }

    func testAMissedFactIsLearnedAfterTwoLaterLessonsRight() throws {
        try lesson([(3, 4, "8"), (5, 5, "10")])
        XCTAssertEqual(try history().pick(5), [Fact(question: "3 + 4 = ?", expected: "7")])
        XCTAssertEqual(try history().toLearn.first?.misses, 1)
        try lesson([(3, 4, "7")])
        let halfway = try history()
        XCTAssertEqual(halfway.toLearn.map(\.fact.question), ["3 + 4 = ?"], "right once: still to learn")
        XCTAssertEqual(halfway.toLearn.first?.rightSinceLastMiss, 1)
        XCTAssertEqual(halfway.toLearn.first?.weight ?? 0, 0.25, accuracy: 1e-9, "missed one lesson ago (×½), right once since (×½)")
        try lesson([(3, 4, "7")])
        let learned = try history()
        XCTAssertEqual(learned.toLearn, [])
        XCTAssertEqual(learned.learned.map(\.fact), [Fact(question: "3 + 4 = ?", expected: "7")])
        XCTAssertNotNil(learned.learned.first?.learnedAt)
        // Missed again: to learn again, and two more right lessons are needed.
        try lesson([(3, 4, "6")])
        try lesson([(3, 4, "7")])
        XCTAssertEqual(try history().toLearn.map(\.fact.question), ["3 + 4 = ?"])
        XCTAssertEqual(try history().toLearn.first?.misses, 2)
        XCTAssertEqual(try history().learned, [])
    }

    func testRecentAndRepeatedMissesComeFirst() throws {
        try lesson([(1, 1, "3"), (2, 2, "5")])        // lesson 0: both missed
        try lesson([(2, 2, "6"), (6, 1, "8")])        // lesson 1: 2 + 2 missed again, 6 + 1 missed
        try lesson([(9, 0, "8"), (7, 1, "8")])        // lesson 2: 9 + 0 missed, 7 + 1 right (never missed)
        let facts = try history().toLearn
        // 2 + 2: ¼ + ½ = 0.75; 9 + 0: 1; 6 + 1: ½; 1 + 1: ¼.
        XCTAssertEqual(facts.map(\.fact.question), ["9 + 0 = ?", "2 + 2 = ?", "6 + 1 = ?", "1 + 1 = ?"])
        XCTAssertEqual(facts.map(\.weight), [1, 0.75, 0.5, 0.25])
        XCTAssertEqual(try history().pick(2).map(\.expected), ["9", "4"])
        XCTAssertFalse(facts.contains { $0.fact.question == "7 + 1 = ?" }, "a fact never missed is not practised")
    }

    func testUnreadableDrawingsAreNotMissesAndOnlyTheFirstCountedAnswerCounts() throws {
        let session = try store.startSession(student: "Ada", quizTitle: "Sums", quizFile: "s.toml", contentHash: "h", questionCount: 2)
        let q = { (read: String?, attempt: Int) in
            AnswerRecord(questionIndex: 0, question: "4 + 4 = ?", expected: "8", read: read, input: .drawn, seconds: 1, attempt: attempt)
        }
        try store.record(q(nil, 1), in: session)        // unreadable, then right: not a miss
        try store.record(q("8", 1), in: session)
        try store.record(AnswerRecord(questionIndex: 1, question: "5 + 4 = ?", expected: "9", read: "8", input: .drawn, seconds: 1),
                         in: session)
        try store.record(AnswerRecord(questionIndex: 1, question: "5 + 4 = ?", expected: "9", read: "9", input: .drawn, seconds: 1,
                                      attempt: 2), in: session)   // right when it came back: still a miss
        try store.record(AnswerRecord(questionIndex: 2, question: "6 + 4 = ?", expected: "10", read: nil, input: .drawn, seconds: 1),
                         in: session)                  // never read: neither
        XCTAssertEqual(try history().toLearn.map(\.fact.question), ["5 + 4 = ?"])
    }

    func testOneSetOrAllSetsAndOnlyThisChild() throws {
        try lesson([(3, 4, "8")], title: "Sums")
        try lesson([(6, 6, "13")], title: "Doubles")
        try lesson([(2, 2, "5")], student: "Ben", title: "Sums")
        XCTAssertEqual(Set(try history().toLearn.map(\.fact.question)), ["3 + 4 = ?", "6 + 6 = ?"])
        XCTAssertEqual(try history(title: "Doubles").toLearn.map(\.fact.question), ["6 + 6 = ?"])
        XCTAssertEqual(try history("ben").toLearn.map(\.fact.question), ["2 + 2 = ?"])
    }

    func testPracticeFactsAreKeptWithTheSessionAndOfferedOnResume() throws {
        let facts = [Fact(question: "3 + 4 = ?", expected: "7"), Fact(question: "9 - 2 = ?", expected: "7")]
        let session = try store.startSession(student: "Ada", quizTitle: "Sums", quizFile: "s.toml", contentHash: "h",
                                             questionCount: 5, seed: 1, practice: facts)
        try store.interrupt(session)
        XCTAssertEqual(try store.resumableSession(student: "Ada", contentHash: "h")?.practice, facts)
        XCTAssertEqual(try store.sessions().first?.practice, facts)
        XCTAssertEqual(Fact(question: "? + 3 = 7", expected: "4").description, "4 + 3 = 7")
    }

    /// A file made by the first schema (no practice column) opens, migrates in place, keeps its sessions.
    func testAFileOfTheFirstSchemaIsMigratedAndKeepsItsRecords() throws {
        let path = folder.file("v1.sqlite")
        let queue = try DatabaseQueue(path: path)
        try RecordSchema.migrator.migrate(queue, upTo: "v1-students-sessions-answers")
        try queue.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), 1)
            try db.execute(sql: "INSERT INTO students (name, createdAt) VALUES ('Ada', '2026-11-30 09:00:00.000')")
            try db.execute(sql: """
                INSERT INTO sessions (studentId, quizTitle, quizFile, contentHash, questionCount, startedAt, status, host, pid)
                VALUES (1, 'Sums', 's.toml', 'h', 1, '2026-11-30 09:00:00.000', 'completed', 'old-host', 1)
                """)
            try db.execute(sql: """
                INSERT INTO answers (sessionId, questionIndex, question, expected, read, probabilities, strokes, input,
                                     seconds, attempt, outcome, correct, answeredAt)
                VALUES (1, 0, '3 + 4 = ?', '7', '8', '[]', '[]', 'typed', 2, 1, 'wrong', 0, '2026-11-30 09:00:05.000')
                """)
        }
        try queue.close()
        let migrated = try RecordStore(path: path)
        let version = try migrated.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        XCTAssertEqual(version, 2)
        let sessions = try migrated.sessions()
        XCTAssertEqual(sessions.count, 1)
        XCTAssertEqual(sessions[0].practice, [])
        XCTAssertEqual(sessions[0].answers.map(\.read), ["8"])
        XCTAssertEqual(try migrated.factHistory(student: "Ada").pick(1), [Fact(question: "3 + 4 = ?", expected: "7")])
        // The class view reads version 1 and version 2 files alike.
        guard case .ready(let reader) = try RecordReader.open(path: path) else { return XCTFail("not ready") }
        XCTAssertEqual(try reader.classSnapshot(ClassFilter(since: .distantPast)).children.map(\.student), ["Ada"])
    }
}
