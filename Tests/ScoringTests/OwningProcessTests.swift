import EnglishCatalogue
import XCTest
import GRDB
@testable import Scoring

final class OwningProcessTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

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

    /// A process killed but not yet reaped by its parent (a zombie) still answers kill(pid, 0).
    func testAZombieProcessIsNotAlive() throws {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { argv.forEach { free($0) } }
        XCTAssertEqual(posix_spawn(&pid, "/bin/true", nil, nil, argv, nil), 0)
        defer { var status: Int32 = 0; waitpid(pid, &status, 0) }
        let deadline = ContinuousClock.now + .seconds(5)
        while OwningProcess.state(of: pid) != "Z" && ContinuousClock.now < deadline { usleep(2_000) }
        XCTAssertEqual(OwningProcess.state(of: pid), "Z")
        let me = OwningProcess.current
        XCTAssertFalse(OwningProcess(host: me.host, pid: pid, startTime: OwningProcess.startTime(of: pid)).isAlive)
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
