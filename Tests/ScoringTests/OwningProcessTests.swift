import XCTest
import GRDB
@testable import Scoring

final class OwningProcessTests: XCTestCase {
    /// The pid of a process that has run and exited.
    private func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    func testLivenessOfThisProcessADeadOneAndARecycledPid() throws {
        let me = OwningProcess.current
        XCTAssertTrue(me.isAlive)
        XCTAssertFalse(OwningProcess(host: me.host, pid: try deadPid(), startTime: nil).isAlive)
        // Same pid, another start time: the pid was recycled, the owner is gone.
        if let start = me.startTime {
            XCTAssertFalse(OwningProcess(host: me.host, pid: me.pid, startTime: start + 1).isAlive)
        }
        // A process on another machine cannot be checked, so it is taken to be alive.
        XCTAssertTrue(OwningProcess(host: me.host + "-elsewhere", pid: try deadPid(), startTime: nil).isAlive)
    }

    func testSessionOfADeadProcessReadsAsInterruptedAndCanBeResumed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("r.sqlite")
        let store = try RecordStore(path: path)
        let session = try store.startSession(student: "Ada", quizTitle: "q", quizFile: "q.toml",
                                             contentHash: "h", questionCount: 2)
        try store.record(AnswerRecord(questionIndex: 0, question: "1 + 1", expected: "2", read: "2",
                                      input: .drawn, seconds: 1), in: session)
        // Pretend the session belongs to a process that has died since.
        let dead = try deadPid()
        try store.write { db in
            try db.execute(sql: "UPDATE sessions SET pid = ?, processStart = NULL", arguments: [dead])
        }
        XCTAssertEqual(try RecordStore(path: path).sessions().map(\.status), [.interrupted])
        let point = try XCTUnwrap(try store.resumableSession(student: "Ada", contentHash: "h"))
        XCTAssertEqual(point.nextQuestion, 1)
    }
}
