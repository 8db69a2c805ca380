import Foundation
import XCTest

/// The background question on a pseudo-terminal this test plays the terminal of: the program asks (OSC 11 and
/// Device Attributes), the child types a name and Enter before the terminal answers, then the terminal says
/// its background is white. The name is not lost (the lesson starts with it), the reply never shows, and the
/// light palette is used (navy title, colour 18).
final class BackgroundQueryEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("astro-osc11-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    func testKeysTypedWhileTheTerminalIsAskedAreKept() throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw XCTSkip("no pseudo-terminal") }
        defer { close(master) }
        let database = folder.appendingPathComponent("records.sqlite").path
        let process = Process()
        process.executableURL = TmuxSession.binaryURL()
        process.arguments = ["play", "--quiz", PlayEndToEndTests.quiz.path, "--db", database, "--weights", PlayEndToEndTests.weights.path]
        process.environment = ["TERM": "xterm-256color", "LC_ALL": "C.UTF-8", "HOME": folder.path, "PATH": "/usr/bin:/bin"]
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var screen = ""
        func read(until text: String, seconds: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 100) > 0 else { continue }
                let count = Foundation.read(master, &buffer, buffer.count)
                if count <= 0 { return false }
                screen += String(decoding: buffer[0..<count], as: UTF8.self)
                if screen.contains(text) { return true }
            }
            return false
        }
        func send(_ text: String) { _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) } }

        XCTAssertTrue(read(until: "\u{1B}[c"), "the program asked nothing:\n\(screen.debugDescription)")
        XCTAssertTrue(screen.contains("\u{1B}]11;?"), "no OSC 11 question")
        send("Bo\r")                     // typed before the terminal answers
        usleep(50_000)
        send("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?1;2c")
        XCTAssertTrue(read(until: "1 of 4"), "the lesson did not start with the typed name:\n\(screen.suffix(600).debugDescription)")
        XCTAssertFalse(screen.contains("rgb:ffff"), "the reply was echoed to the screen")
        XCTAssertTrue(screen.contains("38;5;18m"), "the light palette's navy title:\n\(screen.suffix(600).debugDescription)")
        process.terminate()
        process.waitUntilExit()

        let report = Process()
        report.executableURL = TmuxSession.binaryURL()
        report.arguments = ["report", "--db", database]
        let pipe = Pipe()
        report.standardOutput = pipe
        try report.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        report.waitUntilExit()
        XCTAssertTrue(text.contains("Bo "), "the session is Bo's\n\(text)")
    }
}
