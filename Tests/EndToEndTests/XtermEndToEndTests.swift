import Foundation
import XCTest

/// The chain from a physical mouse to the score, in a real terminal emulator: xterm on a headless Xvfb
/// display, with xdotool pressing, dragging and releasing the X pointer over the canvas (xterm turns the
/// pointer into mouse reports itself) and typing on the focused window (xterm ignores synthetic events
/// sent to a window, so keys go plainly through XTEST). Results are read from the records.
final class XtermEndToEndTests: XCTestCase {
    private var processes: [Process] = []
    private var folder: URL!
    private var display = ""

    override func setUpWithError() throws {
        for tool in ["Xvfb", "xterm", "xdotool"] where Self.findOnPath(tool) == nil {
            throw XCTSkip("\(tool) is not installed (apt-get install xvfb xterm xdotool; .ci/run does)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("astro-xterm-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        for process in processes.reversed() where process.isRunning {
            process.terminate()
        }
        processes.removeAll()
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private var database: String { folder.appendingPathComponent("records.sqlite").path }

    // MARK: Plumbing

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts a long-running program (Xvfb, xterm), stopped in tearDown.
    private func launch(_ tool: String, _ arguments: [String], environment: [String: String] = [:], output: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(Self.findOnPath(tool)))
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        processes.append(process)
        return process
    }

    /// Runs a short command to its end and returns its output.
    @discardableResult
    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DISPLAY"] = display
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func xdotool(_ arguments: [String]) throws -> String {
        try run(try XCTUnwrap(Self.findOnPath("xdotool")), arguments)
    }

    private func report() throws -> String {
        try run(TmuxSession.binaryURL().path, ["report", "--db", database, "--student", "Xena"])
    }

    /// Polls the records until `condition` holds on the report.
    @discardableResult
    private func waitForReport(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + .seconds(timeout)
        var last = ""
        while ContinuousClock.now < deadline {
            last = (try? report()) ?? ""
            if condition(last) { return last }
            usleep(150_000)
        }
        XCTFail("timed out waiting for \(what); last report:\n\(last)")
        throw XCTSkip("stopped after a failure")
    }

    /// Starts Xvfb on a free display (`-displayfd` tells which) and returns the display name.
    private func startDisplay() throws -> String {
        let pipe = Pipe()
        _ = try launch("Xvfb", ["-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp"], output: pipe)
        var text = ""
        let deadline = ContinuousClock.now + .seconds(10)
        while !text.contains("\n"), ContinuousClock.now < deadline {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { usleep(20_000) } else { text += String(decoding: data, as: UTF8.self) }
        }
        let number = try XCTUnwrap(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), "Xvfb gave no display: \(text)")
        return ":\(number)"
    }

    // MARK: The test

    func testARealPointerInXtermAnswersAQuizAndTheRecordsHaveIt() throws {
        display = try startDisplay()
        let binary = TmuxSession.binaryURL().path
        _ = try launch("xterm", ["-display", display, "-geometry", "80x24+0+0", "-b", "0", "-xrm", "XTerm*internalBorder: 0",
                                 "-e", binary, "play", "--quiz", PlayEndToEndTests.quiz.path, "--db", database,
                                 "--weights", PlayEndToEndTests.weights.path],
                       environment: ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TERM": "xterm", "DISPLAY": display])

        // The xterm window, its place and its cell size.
        let window = try xdotool(["search", "--sync", "--onlyvisible", "--class", "xterm"])
            .split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertFalse(window.isEmpty, "no xterm window")
        var geometry: [String: Int] = [:]
        for line in try xdotool(["getwindowgeometry", "--shell", window]).split(separator: "\n") {
            let pair = line.split(separator: "=")
            if pair.count == 2, let value = Int(pair[1]) { geometry[String(pair[0])] = value }
        }
        let cellWidth = Double(try XCTUnwrap(geometry["WIDTH"])) / 80, cellHeight = Double(try XCTUnwrap(geometry["HEIGHT"])) / 24
        let originX = geometry["X"] ?? 0, originY = geometry["Y"] ?? 0
        func pixel(_ cell: (col: Int, row: Int)) -> [String] {
            ["\(originX + Int((Double(cell.col) + 0.5) * cellWidth))", "\(originY + Int((Double(cell.row) + 0.5) * cellHeight))"]
        }
        func strokeCommands(_ stroke: [(col: Int, row: Int)]) -> [String] {
            guard let first = stroke.first else { return [] }
            var commands = ["mousemove"] + pixel(first) + ["mousedown", "1"]
            for cell in stroke.dropFirst() { commands += ["mousemove"] + pixel(cell) + ["sleep", "0.005"] }
            return commands + ["mouseup", "1"]
        }
        // At 80×24 the question screen's canvas is the 78×16 cells inside the frame from row 6.
        let canvas = PenTrajectories.CanvasRect(col: 1, row: 7, cols: 78, rows: 16)
        func drawAnswer(_ digits: [Int]) throws {
            let samples = try digits.map { try PenTrajectories.sample($0) }
            for stroke in PenTrajectories.strokes(of: samples, on: canvas) {
                _ = try xdotool(strokeCommands(stroke))
            }
            usleep(300_000)
        }
        func key(_ name: String) throws { _ = try xdotool(["key", name]) }

        // The welcome screen: type the name on the focused window, once the app is up (it creates the
        // records file just before it opens the screen).
        let started = ContinuousClock.now
        while !FileManager.default.fileExists(atPath: database), started.duration(to: .now) < .seconds(10) { usleep(20_000) }
        _ = try xdotool(["windowfocus", "--sync", window])
        usleep(500_000)
        _ = try xdotool(["type", "--delay", "30", "Xena"])
        try key("Return")
        try waitForReport("Xena's session") { $0.contains("Xena") }
        usleep(300_000)

        try drawAnswer([3])                                 // 2 + 1
        try key("Return")
        try waitForReport("the first answer") { $0.contains("1/4") }
        try key("Return")                                   // leave the feedback
        usleep(300_000)
        try drawAnswer([7])                                 // 9 - 2, submitted with the Done button
        _ = try xdotool(["mousemove"] + pixel((col: 80 - 3 - 8 + 3, row: 23)) + ["click", "1"])
        try waitForReport("the second answer") { $0.contains("2/4") }
        try key("Return")
        usleep(300_000)
        try drawAnswer([4])                                 // 1 + 4: wrong on purpose
        try key("Return")
        try waitForReport("the wrong answer") { $0.contains("1 + 4 = ?") }
        try key("Return")
        usleep(300_000)
        try drawAnswer([1, 2])                              // 6 + 6
        try key("Return")
        try waitForReport("the last answer") { $0.contains("3/4") }
        try key("Return")                                   // to the score screen
        usleep(500_000)
        try key("Return")                                   // finish
        let final = try waitForReport("the session completed") { $0.contains("completed") }
        XCTAssertTrue(final.contains("3/4"), final)
        XCTAssertTrue(final.contains("75.0%"), final)
    }
}
