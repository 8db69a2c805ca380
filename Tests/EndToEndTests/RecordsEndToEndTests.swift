import Foundation
import XCTest
import Scoring

/// The records under real conditions: many processes writing one database at once, and a process killed
/// mid-session. Runs the lab's `astro-lab records-stress` helper (one simulated child per process) and the
/// classroom's `astro-numbers report`.
final class RecordsEndToEndTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("records-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for binary in [BuiltBinary.product, .lab] where !FileManager.default.isExecutableFile(atPath: binary.url.path) {
            throw XCTSkip("\(binary.name) not built at \(binary.url.path)")
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private var database: String { (folder as NSString).appendingPathComponent("class.sqlite") }

    /// 20 children start at the same moment on a brand-new file (so they also race to create the schema),
    /// each submitting 50 answers: every row arrives and nobody sees an error.
    func testTwentyProcessesSubmittingFiftyAnswersEachLoseNothing() throws {
        // All wait for the same moment, so they really open the new file and write at once.
        let startAt = String(Date().timeIntervalSince1970 + 1.5)
        let children = try (0..<20).map { child in
            try RecordsProcess(.lab, ["records-stress", "--db", database, "--student", "child \(child)", "--answers", "50",
                                "--start-at", startAt])
        }
        for child in children { child.waitUntilExit() }
        for (index, child) in children.enumerated() {
            XCTAssertEqual(child.status, 0, "child \(index) failed: \(child.standardError)")
            XCTAssertEqual(child.standardError, "", "child \(index) printed an error")
            XCTAssertEqual(child.lines.filter { $0.hasPrefix("answered ") }.count, 50, "child \(index)")
        }

        let store = try RecordStore(path: database)
        let sessions = try store.sessions()
        XCTAssertEqual(sessions.count, 20)
        XCTAssertEqual(sessions.reduce(0) { $0 + $1.answers.count }, 1_000)
        XCTAssertTrue(sessions.allSatisfy { $0.status == .completed })
        XCTAssertTrue(sessions.allSatisfy { $0.answers.map(\.questionIndex) == Array(0..<50) })
        XCTAssertEqual(try store.students().count, 20)

        // The teacher's report sees the whole class; every fifth simulated answer is wrong.
        let report = try RecordsProcess(.product, ["report", "--db", database, "--csv", "-"])
        report.waitUntilExit()
        XCTAssertEqual(report.status, 0, report.standardError)
        let studentRows = report.lines.filter { $0.hasPrefix("student,") }
        XCTAssertEqual(studentRows.count, 20)
        XCTAssertTrue(studentRows.allSatisfy { $0.contains(",1,1,40,50,80.0,") }, studentRows.joined(separator: "\n"))
    }

    /// SIGKILL mid-session: every answer already confirmed is on disk, the session reads as interrupted,
    /// and resuming carries on from the next question in the same session.
    func testKilledSessionKeepsItsAnswersAndResumes() throws {
        let child = try RecordsProcess(.lab, ["records-stress", "--db", database, "--student", "Ada", "--answers", "10",
                                        "--delay-ms", "150", "--hash", "quiz-a"])
        try child.waitForLine { $0 == "answered 3" }
        // While it runs, another terminal sees the session in progress, not resumable.
        let watcher = try RecordStore(path: database)
        XCTAssertEqual(try watcher.sessions().map(\.status), [.inProgress])
        XCTAssertNil(try watcher.resumableSession(student: "Ada", contentHash: "quiz-a"))

        child.kill(SIGKILL)
        child.waitUntilExit()
        let confirmed = child.lines.filter { $0.hasPrefix("answered ") }.count
        XCTAssertGreaterThanOrEqual(confirmed, 4)

        let store = try RecordStore(path: database)
        let session = try XCTUnwrap(try store.sessions().first)
        XCTAssertEqual(session.status, .interrupted)
        // Printed only after the commit, so at least all confirmed answers are there (one more may have
        // been committed between its commit and its line).
        XCTAssertTrue((confirmed...confirmed + 1).contains(session.answers.count),
                      "\(session.answers.count) rows for \(confirmed) confirmed answers")
        let point = try XCTUnwrap(try store.resumableSession(student: "Ada", contentHash: "quiz-a"))
        XCTAssertEqual(point.session, session.id)
        XCTAssertEqual(point.nextQuestion, session.answers.count)

        let resumed = try RecordsProcess(.lab, ["records-stress", "--db", database, "--student", "Ada", "--answers", "10",
                                          "--hash", "quiz-a", "--resume"])
        resumed.waitUntilExit()
        XCTAssertEqual(resumed.status, 0, resumed.standardError)
        XCTAssertEqual(resumed.lines.first, "resumed \(session.id.rawValue) at \(point.nextQuestion)")
        let finished = try XCTUnwrap(try store.sessions().first)
        XCTAssertEqual(try store.sessions().count, 1)
        XCTAssertEqual(finished.status, .completed)
        XCTAssertEqual(finished.answers.map(\.questionIndex), Array(0..<10))
        XCTAssertEqual(finished.summary.points, 8)
    }

    /// A file that is not a records database: one line on stderr, exit 1, the file untouched.
    func testReportRefusesANonSQLiteFileWithOneLine() throws {
        let path = (folder as NSString).appendingPathComponent("marks.csv")
        let original = "name,score\nAda,10\n"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try RecordsProcess(.product, ["report", "--db", path])
        report.waitUntilExit()
        XCTAssertEqual(report.status, 1)
        XCTAssertEqual(report.standardOutput, "")
        XCTAssertEqual(report.standardError,
                       "Error: \(path) is not an SQLite database (records need an SQLite file; choose another --db path)\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
    }

    /// Permissions can only be tested for a user that is not root: as root, the test runs `report` as
    /// `nobody` on a records file owned by root.
    func testReadOnlyUnreadableAndUnwritableFolderGiveOneLineAndNoChange() throws {
        try XCTSkipUnless(getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
                              && getpwnam("nobody") != nil, "needs root, runuser and the nobody user")
        XCTAssertEqual(chmod(folder, 0o755), 0)
        _ = try RecordStore(path: database)
        let original = try Data(contentsOf: URL(fileURLWithPath: database))
        let cases: [(mode: mode_t, message: String)] = [
            (0o644, "records database \(database) is read-only: no permission to write the file"),
            (0o600, "cannot read records database \(database): permission denied"),
            (0o666, "records database \(database) is read-only: folder \(folder!) is not writable "
                + "(SQLite keeps its -wal and -shm files there)"),
        ]
        for (mode, message) in cases {
            XCTAssertEqual(chmod(database, mode), 0)
            let report = try RecordsProcess(.product, ["report", "--db", database], asUser: "nobody")
            report.waitUntilExit()
            XCTAssertEqual(report.status, 1, "mode \(String(mode, radix: 8))")
            XCTAssertEqual(report.standardError, "Error: \(message)\n")
            XCTAssertEqual(report.standardOutput, "")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: database)), original)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
                           ["class.sqlite", "class.sqlite.used"])
        }
    }
}

/// One running `astro-numbers` or `astro-lab`, its output collected as it arrives. Sendable unchecked because
/// the pipes' handlers append from other threads: `lock` guards the collected output, and waiting needs its
/// condition, which a plain Sendable type cannot offer.
final class RecordsProcess: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSCondition()
    private var outputData = Data()
    private var errorData = Data()

    /// Runs `binary arguments…`, as `user` through runuser(1) when given (the test must be root).
    init(_ binary: BuiltBinary, _ arguments: [String], asUser user: String? = nil) throws {
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", binary.url.path] + arguments
        } else {
            process.executableURL = binary.url
            process.arguments = arguments
        }
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
    }

    private func append(_ data: Data, error: Bool) {
        lock.lock()
        if error { errorData.append(data) } else { outputData.append(data) }
        lock.broadcast()
        lock.unlock()
    }

    func waitUntilExit() {
        process.waitUntilExit()
        // Drain what the handlers have not read yet.
        for (pipe, isError) in [(output, false), (errors, true)] {
            pipe.fileHandleForReading.readabilityHandler = nil
            append(pipe.fileHandleForReading.readDataToEndOfFile(), error: isError)
        }
    }

    var status: Int32 { process.terminationStatus }
    var standardOutput: String { lock.lock(); defer { lock.unlock() }; return String(decoding: outputData, as: UTF8.self) }
    var standardError: String { lock.lock(); defer { lock.unlock() }; return String(decoding: errorData, as: UTF8.self) }
    /// Output lines; CSV output ends its lines with CRLF, one Character in Swift, hence `isNewline`.
    var lines: [String] { standardOutput.split(whereSeparator: \.isNewline).map(String.init) }

    /// Waits (up to `timeout` seconds) for an output line matching `predicate`.
    func waitForLine(timeout: TimeInterval = 20, _ predicate: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while !String(decoding: outputData, as: UTF8.self).split(separator: "\n").map(String.init).contains(where: predicate) {
            guard lock.wait(until: deadline) else {
                throw NSError(domain: "RecordsProcess", code: 1, userInfo: [NSLocalizedDescriptionKey:
                    "timed out; output so far: \(String(decoding: outputData, as: UTF8.self))"])
            }
        }
    }

    func kill(_ signal: Int32) { Foundation.kill(process.processIdentifier, signal) }

    var isRunning: Bool { process.isRunning }
}
