import Foundation
import XCTest

/// `astro-numbers class`, the teacher's live view, watched in tmux while children answer in other processes
/// and panes (a real lesson typed in a second tmux session, and the lab's scripted children), all writing
/// one records file; and `class --once`, its plain-text snapshot.
final class ClassEndToEndTests: XCTestCase {
    private var folder: String!
    private var sessions: [TmuxSession] = []
    private var children: [RecordsProcess] = []

    override func setUpWithError() throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("class-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for binary in [BuiltBinary.product, .lab] where !FileManager.default.isExecutableFile(atPath: binary.url.path) {
            throw XCTSkip("\(binary.name) not built at \(binary.url.path)")
        }
    }

    override func tearDown() {
        sessions.forEach { $0.kill() }
        for child in children where child.isRunning { child.kill(SIGKILL) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    private var database: String { (folder as NSString).appendingPathComponent("class.sqlite") }

    private func run(_ arguments: [String]) throws -> RecordsProcess {
        let process = try RecordsProcess(.product, arguments)
        process.waitUntilExit()
        return process
    }

    private func child(_ name: String, answers: Int, delay: Int, hash: String = "stress-quiz") throws -> RecordsProcess {
        let process = try RecordsProcess(.lab, ["records-stress", "--db", database, "--student", name,
                                                "--answers", "\(answers)", "--delay-ms", "\(delay)", "--hash", hash])
        children.append(process)
        return process
    }

    /// The row of `name` in a capture.
    private func row(_ capture: TmuxSession.Capture, _ name: String) -> String {
        capture.lines.first { $0.hasPrefix("  \(name) ") } ?? ""
    }

    func testOnceWaitsForTheFileThenPrintsTheClassWithoutWritingToIt() throws {
        let waiting = try run(["class", "--once", "--db", database])
        XCTAssertEqual(waiting.status, 0, waiting.standardError)
        XCTAssertEqual(waiting.standardOutput, "Waiting for the records: \(database) does not exist yet.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: database), "the class view never creates the records")

        try child("Ada", answers: 10, delay: 0).waitUntilExit()
        try child("Ben", answers: 4, delay: 0).waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let walBefore = try? Data(contentsOf: URL(fileURLWithPath: database + "-wal"))
        let once = try run(["class", "--once", "--db", database, "--sort", "progress"])
        XCTAssertEqual(once.status, 0, once.standardError)
        let lines = once.lines
        XCTAssertTrue(lines.first?.hasPrefix("Class at ") == true, once.standardOutput)
        XCTAssertTrue(lines.first?.contains("2 children · 14 answers today") == true, once.standardOutput)
        XCTAssertTrue(lines[2].hasPrefix("  Ada ") && lines[2].contains("10 of 10") && lines[2].contains("8 right")
                          && lines[2].contains("finished"), once.standardOutput)
        XCTAssertTrue(lines[3].hasPrefix("  Ben ") && lines[3].contains("4 of 4") && lines[3].contains("4 right"), once.standardOutput)
        XCTAssertTrue(lines.contains("Most missed now"), once.standardOutput)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: database)), before, "the records file is unchanged")
        // SQLite may make an empty -wal for the reader where the last writer removed it; nothing goes in it.
        XCTAssertEqual((try? Data(contentsOf: URL(fileURLWithPath: database + "-wal"))) ?? Data(), walBefore ?? Data(),
                       "nothing written to the WAL")

        let bad = try run(["class", "--once", "--db", database, "--sort", "age"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.standardError.contains("--sort: \"age\" is not an order; use name, progress or score"), bad.standardError)
    }

    /// The view opens before any record exists, then shows a lesson typed in another tmux session, scripted
    /// children answering at once, a child who stops answering (stuck) and one whose program is killed
    /// (stopped); sorting, one child's answers, a window too small, and q.
    func testTheLiveViewFollowsChildrenAnsweringInOtherProcesses() throws {
        let view = try TmuxSession(arguments: ["class", "--db", database, "--stuck", "4"], cols: 100, rows: 30)
        sessions.append(view)
        try view.waitForText("Waiting for the records: /")
        XCTAssertFalse(FileManager.default.fileExists(atPath: database))

        // A real lesson, typed in another terminal.
        let lesson = try TmuxSession(arguments: ["play", "--quiz", PlayEndToEndTests.quiz.path, "--db", database,
                                                 "--weights", PlayEndToEndTests.weights.path, "--student", "Ada",
                                                 "--no-mouse"], cols: 80, rows: 24)
        sessions.append(lesson)
        try lesson.waitUntil("question 1") { $0.contains("1 of 4") && $0.contains("[ Done ]") }
        var screen = try view.waitUntil("Ada's row") { self.row($0, "Ada").contains("0 of 4") }
        XCTAssertTrue(row(screen, "Ada").contains("End-to-end sums") && row(screen, "Ada").contains("no answer yet"), "\(screen)")
        lesson.sendLiteral("3")
        try lesson.waitForText("You typed 3")
        lesson.sendKeys("Enter")
        try lesson.waitForText("Right")
        try view.waitUntil("Ada's first answer") { self.row($0, "Ada").contains("1 of 4") && self.row($0, "Ada").contains("1 right") }
        lesson.sendKeys("Enter")
        try lesson.waitUntil("question 2") { $0.contains("2 of 4") && $0.contains("[ Done ]") }
        lesson.sendLiteral("8")   // 9 - 2 is 7
        try lesson.waitForText("You typed 8")
        lesson.sendKeys("Enter")
        screen = try view.waitUntil("Ada's wrong answer in the most missed") {
            self.row($0, "Ada").contains("2 of 4") && $0.lines.contains { $0.contains("9 - 2 = ?") && $0.contains("8 (1)") }
        }

        // Scripted children, each its own process, all writing the same file.
        let ben = try child("Ben", answers: 12, delay: 150)
        let cleo = try child("Cleo", answers: 12, delay: 150)
        let dan = try child("Dan", answers: 40, delay: 200)
        let eve = try child("Eve", answers: 3, delay: 60_000)   // answers once, then nothing for a minute
        try dan.waitForLine { $0 == "answered 2" }
        dan.kill(SIGKILL)
        dan.waitUntilExit()
        ben.waitUntilExit()
        cleo.waitUntilExit()
        screen = try view.waitUntil("every child's row", timeout: 15) {
            self.row($0, "Ben").contains("12 of 12") && self.row($0, "Ben").contains("finished")
                && self.row($0, "Cleo").contains("12 of 12") && self.row($0, "Dan").contains("stopped")
                && self.row($0, "Eve").contains("STUCK")
        }
        XCTAssertTrue(row(screen, "Ada").contains("answering") || row(screen, "Ada").contains("STUCK"), "\(screen)")
        XCTAssertTrue(screen.lines[1].contains("5 children"), "\(screen)")
        XCTAssertTrue(row(screen, "Ben").contains("10 right"), "\(screen)")

        // Sorted by progress: the finished children first, then Ada (2 of 4), Eve (1 of 3), Dan (3 or 4 of 40).
        view.sendKeys("p")
        screen = try view.waitUntil("sorted by progress") { $0.contains("sorted by progress") }
        let order = screen.lines.compactMap { line in ["Ada", "Ben", "Cleo", "Dan", "Eve"].first { line.hasPrefix("  \($0) ") } }
        XCTAssertEqual(order, ["Ben", "Cleo", "Ada", "Eve", "Dan"], "\(screen)")

        // The choice stays on Ada (the first by name) when the rows move; Enter shows her answers, Esc comes back.
        view.sendKeys("Enter")
        screen = try view.waitUntil("Ada's answers") { $0.contains("Question") && $0.contains("Try") && $0.contains("wrong") }
        XCTAssertTrue(screen.lines[3].contains("Ada"), "\(screen)")
        XCTAssertTrue(screen.lines.contains { $0.contains("9 - 2 = ?") && $0.contains("8") && $0.contains("wrong") }, "\(screen)")
        XCTAssertTrue(screen.lines.contains { $0.contains("2 + 1 = ?") && $0.contains("right") }, "\(screen)")
        view.sendKeys("Escape")
        try view.waitUntil("the class again") { $0.contains("Most missed now") }

        try view.resize(cols: 40, rows: 10)
        try view.waitForText("Please make this window bigger.")
        try view.resize(cols: 100, rows: 30)
        try view.waitForText("Most missed now")
        view.sendKeys("q")
        XCTAssertEqual(try view.waitForExit(), 0)
        eve.kill(SIGKILL)
        lesson.sendKeys("Escape")
    }
}
