import EnglishCatalogue
import XCTest
import GRDB
@testable import Scoring

final class RecordStoreTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func start(_ store: RecordStore, _ student: String = "Ada", hash: String = "h1",
                       count: Int = 3) throws -> SessionID {
        try store.startSession(student: student, quizTitle: "Add to 20", quizFile: "add.toml",
                               contentHash: hash, questionCount: count)
    }

    func testCreatesFolderAndFileInWALModeAtTheCurrentSchema() throws {
        let path = folder.file("nested/deeper/records.sqlite")
        let store = try RecordStore(path: path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        let (mode, version, synchronous) = try store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        XCTAssertEqual(mode, "wal")
        XCTAssertEqual(synchronous, 2, "FULL: every commit is synced to disk")
        XCTAssertEqual(version, RecordSchema.version)
    }

    func testAnswerRoundTripsWithProbabilitiesAndStrokes() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        let session = try start(store)
        let answer = AnswerRecord(questionIndex: 0, question: "7 + 8", expected: "15", read: "15",
                                  digitProbabilities: [[0, 0.9, 0.1, 0, 0, 0, 0, 0, 0, 0],
                                                       [0, 0, 0, 0, 0, 0.8, 0.2, 0, 0, 0]],
                                  strokes: [[PenPoint(x: 1, y: 1, t: 0), PenPoint(x: 1, y: 8, t: 40)],
                                            [PenPoint(x: 4, y: 1), PenPoint(x: 6, y: 8)]],
                                  input: .drawn, seconds: 3.25)
        try store.record(answer, in: session)
        let typed = AnswerRecord(questionIndex: 1, question: "3 + 3", expected: "6", read: "5",
                                 input: .typed, seconds: 1)
        try store.record(typed, in: session)
        XCTAssertEqual(try store.answers(in: session), [answer, typed])
        // A fresh connection (another process would use one) sees both rows: they are committed.
        XCTAssertEqual(try RecordStore(path: folder.file("r.sqlite")).answers(in: session).count, 2)
        let correct = try store.read { db in try Int.fetchAll(db, sql: "SELECT correct FROM answers ORDER BY id") }
        XCTAssertEqual(correct, [1, 0])
    }

    func testUnreadableAnswersAreStoredWithoutCountingWrong() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        let session = try start(store, count: 1)
        try store.record(AnswerRecord(questionIndex: 0, question: "2 + 2", expected: "4", read: nil,
                                      input: .drawn, seconds: 2), in: session)
        try store.record(AnswerRecord(questionIndex: 0, question: "2 + 2", expected: "4", read: "4",
                                      input: .drawn, seconds: 2), in: session)
        let correct = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT outcome, correct FROM answers ORDER BY id").map {
                [$0["outcome"] as String, ($0["correct"] as Int?).map(String.init) ?? "NULL"]
            }
        }
        XCTAssertEqual(correct, [["unreadable", "NULL"], ["correct", "1"]])
        let summary = try store.summary(of: session)
        XCTAssertEqual(summary.points, 1)
        XCTAssertEqual(summary.stars, 3)
    }

    func testStudentsAreAddedOnceWhateverTheCase() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        _ = try start(store, "Ben")
        _ = try start(store, " ada ")
        _ = try start(store, "ADA")
        XCTAssertEqual(try store.students(), ["ada", "Ben"])
        XCTAssertThrowsError(try start(store, "  ")) { error in
            XCTAssertEqual(error as? RecordStoreError, .invalidStudentName("  ", .noLetterOrDigit))
        }
    }

    /// "Chloé" typed with a precomposed é and with e + U+0301 is one student, stored in NFC.
    func testNamesAreStoredInNFCSoBothSpellingsAreOneStudent() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        let composed = "Chlo\u{E9}", decomposed = "Chloe\u{301}"
        _ = try start(store, decomposed)
        _ = try start(store, composed)
        XCTAssertEqual(try store.students().map { Array($0.unicodeScalars) }, [Array(composed.unicodeScalars)])
        XCTAssertEqual(try store.sessions().count, 2)
        XCTAssertEqual(try store.report(ReportFilter(student: decomposed)).sessions.count, 2)
        XCTAssertEqual(try store.student(named: decomposed), composed)
    }

    /// The welcome screen's field takes 24 characters; `--student` and the records take no more.
    func testOverlongNamesAreRefused() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        XCTAssertNoThrow(try start(store, String(repeating: "é", count: 24)))
        let long = String(repeating: "a", count: 5_000)
        XCTAssertThrowsError(try start(store, long)) { error in
            XCTAssertEqual(error as? RecordStoreError, .invalidStudentName(long, .tooLong))
            XCTAssertEqual("\(error)", "invalid student name \"\(String(repeating: "a", count: 24))…\": a name has at most 24 characters")
        }
        XCTAssertEqual(StudentName.problem(with: "Ada\u{202E}"), .controlCharacters)
        XCTAssertFalse(StudentName.allows("\u{1B}"))
        XCTAssertTrue(StudentName.allows("é"))
    }

    func testRecordingIntoAnUnknownSessionIsAClearError() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        let answer = AnswerRecord(questionIndex: 0, question: "1 + 1", expected: "2", read: "2",
                                  input: .typed, seconds: 1)
        XCTAssertThrowsError(try store.record(answer, in: SessionID(rawValue: 99))) { error in
            XCTAssertEqual(error as? RecordStoreError, .unknownSession(SessionID(rawValue: 99)))
        }
        XCTAssertThrowsError(try store.finish(SessionID(rawValue: 99)))
    }

    func testInterruptedSessionResumesFromTheNextQuestion() throws {
        let path = folder.file("r.sqlite")
        let store = try RecordStore(path: path)
        let session = try store.startSession(student: "Ada", quizTitle: "Add to 20", quizFile: "add.toml",
                                             contentHash: "h1", questionCount: 4, seed: UInt64.max - 6)
        for index in 0..<2 {
            try store.record(AnswerRecord(questionIndex: index, question: "q\(index)", expected: "1", read: "1",
                                          input: .drawn, seconds: 1), in: session)
        }
        // Question 2 only got an unreadable scribble: it still has to be asked.
        try store.record(AnswerRecord(questionIndex: 2, question: "q2", expected: "1", read: nil,
                                      input: .drawn, seconds: 1), in: session)
        // Still open in this live process: not offered to another terminal.
        XCTAssertNil(try store.resumableSession(student: "Ada", contentHash: "h1"))

        try store.interrupt(session)
        XCTAssertNil(try store.resumableSession(student: "Ada", contentHash: "other quiz"))
        let point = try XCTUnwrap(try store.resumableSession(student: "ada", contentHash: "h1"))
        XCTAssertEqual(point.session, session)
        XCTAssertEqual(point.answeredQuestions, [0, 1])
        XCTAssertEqual(point.nextQuestion, 2)
        XCTAssertEqual(point.answers.count, 3)
        XCTAssertEqual(point.questionCount, 4)
        XCTAssertEqual(point.seed, UInt64.max - 6)

        let resumed = try RecordStore(path: path).resume(point)
        XCTAssertEqual(resumed, session)
        XCTAssertThrowsError(try store.resume(point)) { error in   // already taken over
            XCTAssertEqual(error as? RecordStoreError, .notResumable(session))
        }
        for index in 2..<4 {
            try store.record(AnswerRecord(questionIndex: index, question: "q\(index)", expected: "1",
                                          read: index == 3 ? "7" : "1", input: .drawn, seconds: 1), in: resumed)
        }
        try store.finish(resumed)
        XCTAssertNil(try store.resumableSession(student: "Ada", contentHash: "h1"))
        let summary = try store.summary(of: resumed)
        XCTAssertEqual(summary.points, 3)
        XCTAssertEqual(summary.maxPoints, 4)
        XCTAssertEqual(summary.missed.map(\.index), [3])
        let status = try store.sessions().map(\.status)
        XCTAssertEqual(status, [.completed])
    }

    func testSessionsFilterByStudentQuizAndDate() throws {
        let store = try RecordStore(path: folder.file("r.sqlite"))
        _ = try start(store, "Ada")
        _ = try store.startSession(student: "Ben", quizTitle: "Times tables", quizFile: "x.toml",
                                   contentHash: "h2", questionCount: 5)
        XCTAssertEqual(try store.sessions().count, 2)
        XCTAssertEqual(try store.sessions(matching: ReportFilter(student: "ben")).map(\.student), ["Ben"])
        XCTAssertEqual(try store.sessions(matching: ReportFilter(quizTitle: "Add to 20")).map(\.student), ["Ada"])
        XCTAssertEqual(try store.sessions(matching: ReportFilter(since: Date().addingTimeInterval(3600))).count, 0)
        XCTAssertEqual(try store.sessions(matching: ReportFilter(since: Date().addingTimeInterval(-3600))).count, 2)
    }

    /// A store opened with a short `lockWait` (a lesson's) gives up quickly on a locked file with `.busy`, an
    /// error worth retrying, and writes as soon as the lock is gone.
    func testAShortLockWaitThrowsBusyQuicklyAndWritesOnceTheLockIsGone() throws {
        let path = folder.file("r.sqlite")
        let store = try RecordStore(path: path, lockWait: 0.2)
        let session = try start(store)
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: unsafe)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }   // another program holds the write lock
        let answer = AnswerRecord(questionIndex: 0, question: "1 + 1", expected: "2", read: "2", input: .typed, seconds: 1)
        let started = Date()
        XCTAssertThrowsError(try store.record(answer, in: session)) { error in
            XCTAssertEqual(error as? RecordStoreError, .busy(path: path))
            XCTAssertTrue((error as? RecordStoreError)?.isWorthRetrying == true)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "one try of 0.2 s, not 5 of 10 s")
        try other.inDatabase { try $0.execute(sql: "COMMIT") }
        try store.record(answer, in: session)
        XCTAssertEqual(try store.answers(in: session).count, 1)
        XCTAssertFalse(RecordStoreError.unknownSession(session).isWorthRetrying)
    }
}
