import Foundation
import XCTest

/// The drawing pad driven for real: the built binary in tmux, mouse reports as SGR sequences.
final class DrawingPadEndToEndTests: XCTestCase {
    private var tmux: TmuxSession?

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        super.tearDown()
    }

    /// Starts the pad and waits until it is drawn and has asked tmux for drag tracking in SGR.
    private func startPad(arguments: [String] = ["pad"], cols: Int = 80, rows: Int = 24) throws -> TmuxSession {
        let session = try TmuxSession(arguments: arguments, cols: cols, rows: rows)
        tmux = session
        try session.waitForText("drawing pad")
        // send-keys would deliver the sequences even if the app had not asked for them: check it did.
        try session.waitForFormat("#{mouse_button_flag}", toBe: "1")
        try session.waitForFormat("#{mouse_sgr_flag}", toBe: "1")
        XCTAssertEqual(try session.format("#{alternate_on}"), "1")
        return session
    }

    /// A fast stroke: three reports far apart, which the pad must join into a line.
    private let stroke: [(col: Int, row: Int)] = [(10, 5), (20, 5), (30, 10)]

    private func strokeCells() -> [(col: Int, row: Int)] {
        (10...20).map { ($0, 5) } + [(25, 8), (30, 10)]
    }

    func testDraggedStrokeAppearsJoinedOnScreen() throws {
        let tmux = try startPad()
        tmux.drag(stroke)
        let screen = try tmux.waitUntil("the stroke") { $0.contains("strokes: 1") }
        for cell in strokeCells() {
            XCTAssertEqual(screen.character(col: cell.col, row: cell.row), "█", "no ink at \(cell)\n\(screen)")
        }
        XCTAssertNotEqual(screen.character(col: 10, row: 6), "█", "ink where nothing was drawn\n\(screen)")
        // Bresenham from (20,5) to (30,10) covers 11 cells, (10…20, 5) another 11 minus the shared one.
        XCTAssertEqual(screen.count(of: "█"), 21, "\(screen)")
    }

    func testRightClickClears() throws {
        let tmux = try startPad(arguments: ["pad"])
        tmux.drag(stroke)
        try tmux.waitUntil("the stroke") { $0.count(of: "█") == 21 }
        tmux.click(col: 50, row: 15, button: .right)
        let screen = try tmux.waitUntil("a clear canvas") { $0.contains("strokes: 0") }
        XCTAssertEqual(screen.count(of: "█"), 0, "\(screen)")
    }

    func testKeyCClearsAndKeyUUndoesTheLastStroke() throws {
        let tmux = try startPad()
        tmux.drag(stroke)
        tmux.drag([(40, 15), (60, 15)])
        try tmux.waitUntil("two strokes") { $0.contains("strokes: 2") }
        tmux.sendKeys("u")
        let undone = try tmux.waitUntil("one stroke left") { $0.contains("strokes: 1") }
        XCTAssertEqual(undone.count(of: "█"), 21, "\(undone)")
        XCTAssertEqual(undone.character(col: 50, row: 15), " ", "the undone stroke is still there\n\(undone)")
        tmux.drag([(40, 15), (60, 15)])
        try tmux.waitUntil("two strokes again") { $0.contains("strokes: 2") }
        tmux.sendKeys("c")
        let cleared = try tmux.waitUntil("nothing left") { $0.contains("strokes: 0") }
        XCTAssertEqual(cleared.count(of: "█"), 0, "\(cleared)")
    }

    func testQuitWithQRestoresTheTerminal() throws {
        let tmux = try startPad()
        tmux.drag(stroke)
        try tmux.waitUntil("the stroke") { $0.contains("strokes: 1") }
        tmux.sendKeys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try assertRestored(tmux)
    }

    func testCtrlCQuitsAndRestoresTheTerminal() throws {
        let tmux = try startPad()
        tmux.sendKeys("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try assertRestored(tmux)
    }

    func testSIGTERMRestoresTheTerminal() throws {
        let tmux = try startPad()
        tmux.press(col: 10, row: 5)      // mid-stroke, button still down
        tmux.dragTo(col: 15, row: 6)
        try tmux.waitUntil("the open stroke") { $0.contains("strokes: 1") }
        try tmux.signal(SIGTERM)
        XCTAssertEqual(try tmux.waitForExit(), 128 + Int(SIGTERM))
        try assertRestored(tmux)
    }

    func testSIGHUPRestoresTheTerminal() throws {
        let tmux = try startPad()
        try tmux.signal(SIGHUP)
        XCTAssertEqual(try tmux.waitForExit(), 128 + Int(SIGHUP))
        try assertRestored(tmux)
    }

    /// Signals whose default is to end the process used to leave the alternate screen and mouse tracking on.
    func testOtherTerminatingSignalsRestoreTheTerminal() throws {
        for signal in [SIGUSR1, SIGALRM, SIGPIPE, SIGQUIT] {
            let tmux = try startPad()
            tmux.press(col: 10, row: 5)
            tmux.dragTo(col: 15, row: 6)
            try tmux.waitUntil("the open stroke") { $0.contains("strokes: 1") }
            try tmux.signal(signal)
            XCTAssertEqual(try tmux.waitForExit(), 128 + Int(signal), "signal \(signal)")
            try assertRestored(tmux)
            tmux.kill()
        }
    }

    func testSmallWindowAsksToEnlargeAndRedrawsOnResize() throws {
        let session = try TmuxSession(arguments: ["pad"], cols: 60, rows: 20)
        tmux = session
        let small = try session.waitForText("Please make this window bigger")
        XCTAssertTrue(small.contains("It is 60×20"), "\(small)")
        try session.resize(cols: 80, rows: 24)
        try session.waitForText("drawing pad")
        session.drag([(10, 5), (12, 5)])
        try session.waitUntil("a stroke after the resize") { $0.count(of: "█") == 3 }
        try session.resize(cols: 79, rows: 24)
        try session.waitForText("It is 79×24")
        try session.resize(cols: 100, rows: 30)
        let big = try session.waitForText("drawing pad")
        XCTAssertEqual(big.count(of: "█"), 3, "strokes are kept across resizes\n\(big)")
    }

    func testLegacyMouseEncodingWhereTerminfoHasNoSGR() throws {
        // screen-256color's kmous is ESC[M: the app must ask for drags but not for SGR.
        let tmux = try TmuxSession(arguments: ["pad"], environment: ["TERM": "screen-256color"])
        self.tmux = tmux
        tmux.mouseWire = .legacy
        try tmux.waitForText("drawing pad")
        try tmux.waitForFormat("#{mouse_button_flag}", toBe: "1")
        XCTAssertEqual(try tmux.format("#{mouse_sgr_flag}"), "0")
        tmux.drag(stroke)
        tmux.drag([(40, 15), (50, 15)])
        let screen = try tmux.waitUntil("two strokes") { $0.contains("strokes: 2") }
        for cell in strokeCells() + (40...50).map({ ($0, 15) }) {
            XCTAssertEqual(screen.character(col: cell.col, row: cell.row), "█", "no ink at \(cell)\n\(screen)")
        }
        tmux.sendKeys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try assertRestored(tmux)
    }

    func testNoColorDrawsWithoutColours() throws {
        let colour = try startPad()
        colour.drag(stroke)
        try colour.waitUntil("the stroke") { $0.contains("strokes: 1") }
        let colouredRaw = colour.capture(withEscapes: true).lines.joined()
        // The dark palette's cyan (tmux answers no OSC 11 and COLORFGBG is unset), 256 colours.
        XCTAssertTrue(colouredRaw.contains("\u{1B}[38;5;51m"), "ink is cyan with colour on:\n\(colouredRaw.debugDescription)")
        colour.kill()

        let plain = try TmuxSession(arguments: ["pad"], environment: ["NO_COLOR": "1"])
        tmux = plain
        try plain.waitForText("drawing pad")
        plain.drag(stroke)
        try plain.waitUntil("the stroke") { $0.contains("strokes: 1") }
        let raw = plain.capture(withEscapes: true).lines.joined()
        // 39 and 49 are tmux's "default colour" resets; 30…37, 40…47 and 38;5;n would be colours.
        XCTAssertNil(raw.range(of: "\u{1B}\\[[34][0-8][m;]", options: .regularExpression), "a colour with NO_COLOR:\n\(raw.debugDescription)")
        XCTAssertTrue(raw.contains("\u{1B}[1m"), "the title is bold instead")
    }

    func testNotATerminalPrintsOneLineAndExits2() throws {
        let process = Process()
        process.executableURL = TmuxSession.binaryURL()
        process.arguments = ["pad"]
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let outputText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(outputText, "", "nothing may reach stdout")
        let lines = errorText.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, errorText)
        XCTAssertTrue(errorText.contains("not a terminal"), errorText)
        XCTAssertFalse(errorText.contains("\u{1B}"), "no escape sequences when not a terminal")
    }

    private func assertRestored(_ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try tmux.format("#{mouse_button_flag}"), "0", "drag tracking left on", file: file, line: line)
        XCTAssertEqual(try tmux.format("#{mouse_sgr_flag}"), "0", "SGR mouse left on", file: file, line: line)
        XCTAssertEqual(try tmux.format("#{mouse_standard_flag}"), "0", "mouse tracking left on", file: file, line: line)
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "0", "alternate screen left on", file: file, line: line)
    }
}
