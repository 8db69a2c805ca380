import EnglishCatalogue
import Foundation
import GRDB
import Messages
import XCTest
@testable import Scoring

/// The class view's snapshot over records built here: progress, score, last answer, stuck and stopped,
/// the most-missed questions, the orders, and the plain text.
final class ClassSnapshotTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }


    override func tearDown() { folder.remove() }

    private func answer(_ index: Int, _ a: Int, _ b: Int, read: String?) -> AnswerRecord {
        AnswerRecord(questionIndex: index, question: "\(a) + \(b) = ?", expected: "\(a + b)", read: read,
                     input: .typed, seconds: 2)
    }

    private func reader(_ path: String) throws -> RecordReader {
        guard case .ready(let reader) = try RecordReader.open(path: path) else {
            XCTFail("the records should be ready")
            throw XCTSkip()
        }
        return reader
    }

    /// A class: Ada answering (3 answered, one wrong, an unreadable try), Ben finished, Cleo stopped,
    /// Dan's process gone (stopped), Eve started and silent, and a session of yesterday left out.
    private func makeClass(_ path: String) throws -> (RecordStore, [String: SessionID]) {
        let store = try RecordStore(path: path)
        var ids: [String: SessionID] = [:]
        for name in ["Ada", "Ben", "Cleo", "Dan", "Eve", "Yesterday"] {
            ids[name] = try store.startSession(student: name, quizTitle: "Sums to 10", quizFile: "s.toml",
                                               contentHash: "h", questionCount: 4)
        }
        try store.record(answer(0, 3, 4, read: "7"), in: ids["Ada"]!)
        try store.record(answer(1, 5, 5, read: nil), in: ids["Ada"]!)
        try store.record(answer(1, 5, 5, read: "9"), in: ids["Ada"]!)
        try store.record(answer(2, 2, 6, read: "8"), in: ids["Ada"]!)
        for (index, read) in ["7", "10", "8", "4"].enumerated() {
            try store.record(answer(index, [3, 5, 2, 1][index], [4, 5, 6, 2][index], read: read), in: ids["Ben"]!)
        }
        try store.finish(ids["Ben"]!)
        try store.record(answer(0, 5, 5, read: "11"), in: ids["Cleo"]!)
        try store.interrupt(ids["Cleo"]!)
        try store.record(answer(0, 3, 4, read: "7"), in: ids["Dan"]!)
        try store.record(answer(0, 5, 5, read: "12"), in: ids["Yesterday"]!)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE sessions SET pid = 2147483000, processStart = NULL WHERE id = ?",
                           arguments: [ids["Dan"]!.rawValue])
            try db.execute(sql: "UPDATE sessions SET startedAt = ? WHERE id = ?",
                           arguments: [Date().addingTimeInterval(-86_400 * 2), ids["Yesterday"]!.rawValue])
        }
        try queue.close()
        return (store, ids)
    }

    func testOneRowPerChildWithProgressScoreAndState() throws {
        let path = folder.file("r.sqlite")
        let (_, ids) = try makeClass(path)
        let snapshot = try reader(path).classSnapshot(ClassFilter(since: ClassFilter.startOfToday()))
        XCTAssertEqual(snapshot.children.map(\.student), ["Ada", "Ben", "Cleo", "Dan", "Eve"])
        let ada = snapshot.children[0]
        XCTAssertEqual(ada.session, ids["Ada"])
        XCTAssertEqual(ada.answered, 3, "the unreadable try is not an answer")
        XCTAssertEqual(ada.questionCount, 4)
        XCTAssertEqual(ada.correct, 2)
        XCTAssertEqual(ada.answers.count, 4)
        XCTAssertEqual(ada.state, .answering)
        XCTAssertNotNil(ada.lastAnswerAt)
        XCTAssertEqual(snapshot.children.map(\.state), [.answering, .finished, .stopped, .stopped, .answering])
        XCTAssertEqual(snapshot.children[1].correct, 3)
        XCTAssertNil(snapshot.children[4].lastAnswerAt)
        XCTAssertEqual(snapshot.answerCount, 10, "yesterday's answer is not counted")
        // 5 + 5 was missed twice today (Ada's 9, Cleo's 11); yesterday's 12 is not there.
        XCTAssertEqual(snapshot.mostMissed.first?.question, "5 + 5 = ?")
        XCTAssertEqual(snapshot.mostMissed.first?.missed, 2)
        XCTAssertEqual(snapshot.mostMissed.first?.wrongAnswers.map(\.answer), ["11", "9"])

        // A minute and a half later, with a 60 s threshold, the children still in a session are stuck.
        let later = try reader(path).classSnapshot(ClassFilter(stuckAfter: 60), now: Date().addingTimeInterval(90))
        XCTAssertEqual(later.children.map(\.state), [.stuck, .finished, .stopped, .stopped, .stuck])
        XCTAssertEqual(later.children[0].secondsSinceLastAnswer(at: later.takenAt), 90, accuracy: 5)

        // Since two days ago, the child of yesterday is there too; only one set's sessions with its hash.
        let week = try reader(path).classSnapshot(ClassFilter(since: Date().addingTimeInterval(-86_400 * 3)))
        XCTAssertEqual(week.children.count, 6)
        XCTAssertEqual(try reader(path).classSnapshot(ClassFilter(contentHash: "other")).children.count, 0)
    }

    func testTheLatestSessionOfAChildIsItsRow() throws {
        let path = folder.file("r.sqlite")
        let store = try RecordStore(path: path)
        let first = try store.startSession(student: "Ada", quizTitle: "A", quizFile: "a.toml", contentHash: "a", questionCount: 2)
        try store.finish(first)
        let second = try store.startSession(student: "ada", quizTitle: "B", quizFile: "b.toml", contentHash: "b", questionCount: 5)
        let snapshot = try reader(path).classSnapshot()
        XCTAssertEqual(snapshot.children.count, 1)
        XCTAssertEqual(snapshot.children[0].session, second)
        XCTAssertEqual(snapshot.children[0].quizTitle, "B")
        XCTAssertEqual(snapshot.children[0].sessionsInPeriod, 2)
    }

    func testOrdersByNameProgressAndScore() throws {
        let path = folder.file("r.sqlite")
        _ = try makeClass(path)
        let snapshot = try reader(path).classSnapshot()
        XCTAssertEqual(snapshot.sorted(by: .name).map(\.student), ["Ada", "Ben", "Cleo", "Dan", "Eve"])
        XCTAssertEqual(snapshot.sorted(by: .progress).map(\.student), ["Ben", "Ada", "Cleo", "Dan", "Eve"])
        // Dan 1 of 1 right, Ben 3 of 4, Ada 2 of 3, Cleo 0 of 1, Eve nothing answered yet.
        XCTAssertEqual(snapshot.sorted(by: .score).map(\.student), ["Dan", "Ben", "Ada", "Cleo", "Eve"])
    }

    func testPlainTextShowsRowsAndMissedQuestionsWithControlsVisible() throws {
        let path = folder.file("r.sqlite")
        _ = try makeClass(path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE students SET name = ? WHERE name = 'Eve'", arguments: ["E\u{1B}[2Jve"]) }
        try queue.close()
        let text = try reader(path).classSnapshot().text(order: .name)
        XCTAssertFalse(text.contains("\u{1B}"), text)
        XCTAssertTrue(text.contains("E^[[2Jve"), text)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Class at "), text)
        XCTAssertTrue(lines[0].contains("5 children · 10 answers today"), text)
        let ada = try XCTUnwrap(lines.first { $0.hasPrefix("  Ada ") })
        for cell in ["Sums to 10", "3 of 4", "2 right", "ago", "answering"] { XCTAssertTrue(ada.contains(cell), ada) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("  Eve") == false && $0.contains("no answer yet") }, text)
        XCTAssertTrue(text.contains("Most missed now"), text)
        XCTAssertTrue(lines.contains { $0.contains("5 + 5 = ?") && $0.contains("2 of 3") && $0.contains("11 (1), 9 (1)") }, text)
    }
}
