import Foundation
import GRDB
import XCTest

/// Whole lessons driven for real: the built binary in tmux at 80×24, answers drawn with SGR mouse drags
/// built from real pen trajectories, read by the fixture network, checked on the score screen and in
/// the records (`astro-numbers report`).
final class PlayEndToEndTests: TmuxLessonTestCase {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The engine's fixture weights (MNIST only, one epoch): the committed answers are read right by it.
    static let weights = testsFolder.deletingLastPathComponent().appendingPathComponent("CNNTests/Fixtures/torch-1epoch.safetensors")
    /// 2 + 1, 9 - 2, 1 + 4, 6 + 6, in this order, feedback after each.
    static let quiz = testsFolder.appendingPathComponent("Fixtures/short-quiz.toml")

    private func start(_ extra: [String] = ["--student", "Ada"], cols: Int = 80, rows: Int = 24) throws -> TmuxSession {
        tmux?.kill()
        let session = try TmuxSession(arguments: ["play", "--quiz", Self.quiz.path, "--db", database,
                                                  "--weights", Self.weights.path] + extra, cols: cols, rows: rows)
        tmux = session
        return session
    }

    /// Waits for question `number`, then checks the app asked tmux for drag tracking in SGR.
    @discardableResult
    private func waitForQuestion(_ number: Int, of total: Int = 4, on tmux: TmuxSession) throws -> TmuxSession.Capture {
        // The whole screen, not only its first line: tmux may show a frame half drawn.
        let screen = try tmux.waitUntil("question \(number) of \(total)") {
            $0.contains("\(number) of \(total)") && $0.contains("[ Done ]") && PenTrajectories.canvas(in: $0.lines) != nil
        }
        try tmux.waitForFormat("#{mouse_button_flag}", toBe: "1")
        try tmux.waitForFormat("#{mouse_sgr_flag}", toBe: "1")
        return screen
    }

    /// Draws the answer `digits` (fixture samples `sample`) on the canvas found on screen.
    private func draw(_ digits: [Int], sample: Int = 0, on tmux: TmuxSession) throws {
        let screen = tmux.capture()
        let canvas = try XCTUnwrap(PenTrajectories.canvas(in: screen.lines), "no canvas on\n\(screen)")
        let samples = try digits.map { try PenTrajectories.sample($0, sample) }
        for stroke in PenTrajectories.strokes(of: samples, on: canvas) { tmux.drag(stroke) }
    }

    /// Draws, waits for the live reading, submits with Enter and waits for the verdict.
    private func answer(_ digits: [Int], expecting verdict: String, on tmux: TmuxSession) throws {
        try draw(digits, on: tmux)
        try tmux.waitForText("I read \(digits.map(String.init).joined())")
        tmux.sendKeys("Enter")
        try tmux.waitForText(verdict)
    }

    /// Waits for a whole score screen with `headline`. The footer is painted last: the headline alone may
    /// arrive while the rows below still show the question screen on a busy machine.
    @discardableResult
    private func waitForScore(_ headline: String, on tmux: TmuxSession) throws -> TmuxSession.Capture {
        try tmux.waitUntil("a score screen with \"\(headline)\"") { $0.contains(headline) && $0.contains("Enter: finish") }
    }

    /// Kills the app with SIGKILL, as a closed lid or a dropped link would, and waits until it is gone.
    private func killHard(_ tmux: TmuxSession) throws {
        let pid = try tmux.appPID()
        try tmux.signal(SIGKILL)
        XCTAssertEqual(try tmux.waitForExit(), 128 + Int(SIGKILL))
        let deadline = ContinuousClock.now + .seconds(10)
        while FileManager.default.fileExists(atPath: "/proc/\(pid)"), ContinuousClock.now < deadline { usleep(20_000) }
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = TmuxSession.binaryURL()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testCommittedAnswersAreReadRightByTheFixtureNetwork() throws {
        // The same drawings the lessons below send, through `recognize` (the app's very path).
        let canvas = PenTrajectories.CanvasRect(col: 1, row: 7, cols: 78, rows: 16)
        let answers = [[3], [7], [4], [1, 2]]
        let input = try answers.map { digits in
            PenTrajectories.recognizeJSON(PenTrajectories.strokes(of: try digits.map { try PenTrajectories.sample($0) }, on: canvas), on: canvas)
        }.joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent("drawings.jsonl")
        try input.write(to: file, atomically: true, encoding: .utf8)
        let output = try run(["recognize", "--weights", Self.weights.path, file.path])
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, answers.count, output)
        for (line, digits) in zip(lines, answers) {
            XCTAssertTrue(line.contains("\"answer\":\"\(digits.map(String.init).joined())\""), String(line))
            XCTAssertTrue(line.contains("\"readable\":true"), String(line))
        }
    }

    func testAFullQuizDrawnWithTheMouseEndsOnTheScoreScreenAndInTheRecords() throws {
        let tmux = try start()
        try waitForQuestion(1, on: tmux)
        try answer([3], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        try waitForQuestion(2, on: tmux)
        try answer([7], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        // One wrong answer on purpose, submitted with a click on the Done button.
        var screen = try waitForQuestion(3, on: tmux)
        try draw([4], on: tmux)
        screen = try tmux.waitForText("I read 4")
        let doneRow = try XCTUnwrap(screen.lines.lastIndex { $0.contains("[ Done ]") })
        let doneCol = try XCTUnwrap(screen.lines[doneRow].range(of: "[ Done ]")).lowerBound
        tmux.click(col: screen.lines[doneRow].distance(from: screen.lines[doneRow].startIndex, to: doneCol) + 3, row: doneRow)
        try tmux.waitForText("Not quite: I read 4")
        tmux.sendKeys("Enter")
        try waitForQuestion(4, on: tmux)
        try answer([1, 2], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")

        // The footer is painted last: waiting for it (not the headline) reads a whole score screen even when
        // a busy machine delivers the paint in pieces.
        screen = try tmux.waitForText("p: practise the 1 missed")
        XCTAssertTrue(screen.contains("Score 3 of 4"), "\(screen)")
        XCTAssertTrue(screen.contains("75 %"), "\(screen)")
        XCTAssertTrue(screen.contains("Well done, Ada!"), "\(screen)")
        let missed = try XCTUnwrap(screen.lines.first { $0.contains("1 + 4 = ?") }, "\(screen)")
        XCTAssertTrue(missed.contains("✗") && missed.contains("you: 4") && missed.contains("answer: 5"), missed)
        XCTAssertTrue(screen.lines.contains { $0.contains("✓ 6 + 6 = ?") && $0.contains("you: 12") }, "\(screen)")
        // Practise the missed one from the score screen: asked again, right this time; the score stays.
        XCTAssertTrue(screen.contains("p: practise the 1 missed"), "\(screen)")
        tmux.sendKeys("p")
        try waitForQuestion(5, of: 5, on: tmux)
        try answer([5], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        screen = try waitForScore("Score 3 of 4", on: tmux)
        XCTAssertTrue(screen.lines.contains { $0.contains("1 + 4 = ?") && $0.contains("(✓ later)") }, "\(screen)")
        tmux.sendKeys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        let report = try run(["report", "--db", database, "--student", "Ada"])
        XCTAssertTrue(report.contains("3/4"), report)
        XCTAssertTrue(report.contains("completed"), report)
        let missedLine = try XCTUnwrap(report.split(separator: "\n").first { $0.contains("1 + 4 = ?") }, report)
        XCTAssertTrue(missedLine.contains("4 (1)"), "the wrong answer given is in the report\n\(report)")

        // Every answer, as the records hold it.
        let answers = try DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT questionIndex, question, expected, read, outcome, input, strokes, attempt FROM answers ORDER BY id")
        }
        XCTAssertEqual(answers.map { $0["attempt"] as Int }, [1, 1, 1, 1, 2], "the practice is a second attempt")
        XCTAssertEqual(answers.map { $0["question"] as String }, ["2 + 1 = ?", "9 - 2 = ?", "1 + 4 = ?", "6 + 6 = ?", "1 + 4 = ?"])
        XCTAssertEqual(answers.map { $0["read"] as String? }, ["3", "7", "4", "12", "5"])
        XCTAssertEqual(answers.map { $0["outcome"] as String }, ["correct", "correct", "wrong", "correct", "correct"])
        XCTAssertEqual(answers.map { $0["input"] as String }, ["drawn", "drawn", "drawn", "drawn", "drawn"])
        XCTAssertTrue(answers.allSatisfy { ($0["strokes"] as String).hasPrefix("[[[") }, "the strokes are kept")
    }

    func testAnUnreadableScribbleAsksAgainAndIsNotCountedWrong() throws {
        let tmux = try start()
        let screen = try waitForQuestion(1, on: tmux)
        let canvas = try XCTUnwrap(PenTrajectories.canvas(in: screen.lines))
        // Six strokes far apart: more marks than any answer has digits.
        for k in 0..<6 {
            let col = canvas.col + 6 + k * 12
            tmux.drag((canvas.row + 3...canvas.row + 12).map { (col, $0) })
        }
        try tmux.waitForText("I can't read that yet")
        tmux.sendKeys("Enter")
        // Waits for the cleared canvas as a whole (the message may be painted before the rows below it), and
        // times out if the scribble stays.
        let again = try tmux.waitUntil("the message on a cleared canvas") {
            $0.contains("I could not read that.") && !$0.lines.joined().contains("⣿")
        }
        XCTAssertTrue(again.contains("1 of 4"), "still the first question\n\(again)")
        try answer([3], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        try waitForQuestion(2, on: tmux)
        tmux.sendKeys("Escape")
        try tmux.waitForText("Stop the quiz?")
        tmux.sendKeys("y")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        let report = try run(["report", "--db", database, "--student", "Ada"])
        XCTAssertTrue(report.contains("1/4"), "the unreadable try did not count as wrong\n\(report)")
        XCTAssertTrue(report.contains("(none missed)"), report)
        XCTAssertTrue(report.contains("interrupted"), report)
        let answers = try DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT questionIndex, read, outcome, attempt FROM answers ORDER BY id")
        }
        XCTAssertEqual(answers.map { $0["outcome"] as String }, ["unreadable", "correct"], "the scribble is kept, as unreadable")
        XCTAssertEqual(answers.map { $0["questionIndex"] as Int }, [0, 0])
        XCTAssertNil(answers.first?["read"] as String?)
    }

    func testResizingMidDrawingKeepsTheStrokes() throws {
        let tmux = try start()
        try waitForQuestion(1, on: tmux)
        try draw([3], on: tmux)
        var screen = try tmux.waitForText("I read 3")
        let inkBefore = screen.lines.joined().filter { ("\u{2801}"..."\u{28FF}").contains($0) }.count
        XCTAssertGreaterThan(inkBefore, 10, "\(screen)")

        try tmux.resize(cols: 110, rows: 32)
        screen = try tmux.waitUntil("a bigger canvas") { PenTrajectories.canvas(in: $0.lines)?.rows == 24 }
        XCTAssertTrue(screen.contains("I read 3"), "\(screen)")
        let inkBigger = screen.lines.joined().filter { ("\u{2801}"..."\u{28FF}").contains($0) }.count
        XCTAssertGreaterThan(inkBigger, inkBefore, "the strokes grew with the canvas\n\(screen)")

        try tmux.resize(cols: 70, rows: 20)
        try tmux.waitForText("Please make this window bigger")
        try tmux.resize(cols: 80, rows: 24)
        screen = try tmux.waitUntil("the canvas back") { PenTrajectories.canvas(in: $0.lines)?.rows == 16 }
        XCTAssertTrue(screen.contains("I read 3"), "\(screen)")
        tmux.sendKeys("Enter")
        try tmux.waitForText("Right!")
    }

    func testSigkillMidQuizThenResumeCarriesOnFromTheNextQuestion() throws {
        var tmux = try start()
        try waitForQuestion(1, on: tmux)
        try answer([3], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        try waitForQuestion(2, on: tmux)
        try draw([7], on: tmux)
        try tmux.waitForText("I read 7")
        try killHard(tmux)

        tmux = try start(["--student", "Ada", "--resume"])
        let screen = try waitForQuestion(2, on: tmux)
        XCTAssertFalse(screen.lines.joined().contains("⣿"), "a new canvas\n\(screen)")
        try answer([7], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        try waitForQuestion(3, on: tmux)
        try answer([4], expecting: "Not quite", on: tmux)
        tmux.sendKeys("Enter")
        try waitForQuestion(4, on: tmux)
        try answer([1, 2], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        try waitForScore("Score 3 of 4", on: tmux)
        tmux.sendKeys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 0)

        let report = try run(["report", "--db", database, "--student", "Ada"])
        XCTAssertTrue(report.contains("3/4"), "answers before and after the kill are one session\n\(report)")
        let perSession = try DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT sessionId, count(*) AS n FROM answers GROUP BY sessionId")
        }
        XCTAssertEqual(perSession.count, 1)
        XCTAssertEqual(perSession.first?["n"] as Int?, 4)
        XCTAssertEqual(report.components(separatedBy: "completed").count - 1, 1, report)
    }

    func testAQuestionWhoseTimeRunsOutCountsAsMissed() throws {
        let timed = Self.testsFolder.appendingPathComponent("Fixtures/timed-quiz.toml")
        let tmux = try TmuxSession(arguments: ["play", "--quiz", timed.path, "--db", database, "--weights", Self.weights.path,
                                               "--student", "Ada"])
        self.tmux = tmux
        let first = try waitForQuestion(1, of: 2, on: tmux)
        XCTAssertTrue(first.lines[0].contains("left"), "the time left shows\n\(first)")
        try draw([3], on: tmux)   // drawn but never submitted
        try tmux.waitForText("Time is up! Here is the answer:", timeout: 6)
        tmux.sendKeys("Enter")
        try waitForQuestion(2, of: 2, on: tmux)
        try answer([7], expecting: "Right!", on: tmux)
        tmux.sendKeys("Enter")
        let score = try waitForScore("Score 1 of 2", on: tmux)
        XCTAssertTrue(score.lines.contains { $0.contains("2 + 1 = ?") && $0.contains("you: -") && $0.contains("answer: 3") }, "\(score)")
        tmux.sendKeys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testEachDigitReadHasItsOwnInkColourOrABracketWithoutColour() throws {
        // "12" written close together (one cell between the digits): the 1's ink in cyan, the 2's in pink (the
        // dark palette of a 256-colour terminal: tmux answers no OSC 11 and COLORFGBG is unset).
        let brailleColour = try NSRegularExpression(pattern: "\u{1B}\\[(?:[0-9;]*;)?(?:3([0-7])|38;5;([0-9]+))m[\u{2800}-\u{28FF}]")
        func inkColours(_ text: String) -> Set<String> {
            Set(brailleColour.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
                (Range(match.range(at: 1), in: text) ?? Range(match.range(at: 2), in: text)).map { String(text[$0]) }
            })
        }
        func drawClose(on tmux: TmuxSession) throws -> PenTrajectories.CanvasRect {
            let canvas = try XCTUnwrap(PenTrajectories.canvas(in: tmux.capture().lines))
            let samples = try [1, 2].map { try PenTrajectories.sample($0) }
            for stroke in PenTrajectories.strokes(of: samples, on: canvas, gap: 0.05) { tmux.drag(stroke) }
            try tmux.waitForText("I read 12")
            return canvas
        }
        var tmux = try start()
        try waitForQuestion(1, on: tmux)
        _ = try drawClose(on: tmux)
        // The colours come with the reading; poll the pane with its escapes until they show.
        var colours: Set<String> = []
        let deadline = ContinuousClock.now + .seconds(10)
        repeat {
            colours = inkColours(tmux.capture(withEscapes: true).lines.joined(separator: "\n"))
            if colours == ["51", "213"] { break }
            usleep(50_000)
        } while ContinuousClock.now < deadline
        XCTAssertEqual(colours, ["51", "213"], "cyan and pink ink\n\(tmux.capture())")
        XCTAssertFalse(tmux.capture().lines.dropFirst(7).prefix(16).contains { $0.dropFirst().contains("┘") }, "no brackets with colour")

        tmux = try TmuxSession(arguments: ["play", "--quiz", Self.quiz.path, "--db", database, "--weights", Self.weights.path,
                                           "--student", "Bo"], environment: ["NO_COLOR": "1"])
        self.tmux = tmux
        try waitForQuestion(1, on: tmux)
        let canvas = try drawClose(on: tmux)
        // Two brackets on one canvas row, under the ink: └…┘ under the 1 and under the 2.
        let screen = tmux.capture()
        let rows = screen.lines[canvas.row..<(canvas.row + canvas.rows)].map { String(Array($0).dropFirst().prefix(canvas.cols)) }
        let markerRows = rows.filter { $0.filter { $0 == "┘" }.count == 2 || ($0.contains("─") && $0.contains("┘")) }
        XCTAssertEqual(markerRows.count, 1, "one row of brackets\n\(screen)")
        let brackets = markerRows.first.map { $0.split(separator: " ", omittingEmptySubsequences: true) } ?? []
        XCTAssertEqual(brackets.count, 2, "a bracket under each digit\n\(screen)")
        XCTAssertTrue(inkColours(tmux.capture(withEscapes: true).lines.joined(separator: "\n")).isEmpty, "no colour with NO_COLOR")
    }

    func testNoColorKeepsTheScreenReadableWithPlainAttributes() throws {
        let foregroundColour = try NSRegularExpression(pattern: "\u{1B}\\[(3[0-7]|38;|9[0-7])")
        func colours(_ text: String) -> Int {
            foregroundColour.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
        }
        var tmux = try start()
        try waitForQuestion(1, on: tmux)
        XCTAssertGreaterThan(colours(tmux.capture(withEscapes: true).lines.joined(separator: "\n")), 0, "colour by default")

        tmux = try TmuxSession(arguments: ["play", "--quiz", Self.quiz.path, "--db", database, "--weights", Self.weights.path,
                                           "--student", "Bo"], environment: ["NO_COLOR": "1"])
        self.tmux = tmux
        try waitForQuestion(1, on: tmux)
        try draw([3], on: tmux)
        try tmux.waitForText("I read 3")
        let screen = tmux.capture(withEscapes: true).lines.joined(separator: "\n")
        XCTAssertEqual(colours(screen), 0, "no colour with NO_COLOR")
        XCTAssertTrue(screen.contains("\u{1B}[1m"), "titles and the reading stay bold")
        XCTAssertTrue(screen.contains("\u{1B}[1;7m[ Done ]"), "the Done button is shown bold and in reverse")
    }

    func testTheWelcomeScreenTakesATypedNameAndNoMouseFallsBackToTyping() throws {
        let welcome = try start(["--no-mouse"])   // no --student: the welcome screen asks
        try welcome.waitForText("What is your name?")
        welcome.sendLiteral("Bo")
        welcome.sendKeys("Enter")
        try welcome.waitForText("Type your answer")
        XCTAssertEqual(try welcome.format("#{mouse_button_flag}"), "0", "no mouse tracking with --no-mouse")
        welcome.sendLiteral("3")
        try welcome.waitForText("You typed 3")
        welcome.sendKeys("Enter")
        try welcome.waitForText("Right!")
        welcome.sendKeys("Escape")   // leaves the feedback
        try welcome.waitForText("2 of 4")
        welcome.sendKeys("Escape")
        welcome.sendKeys("y")
        XCTAssertEqual(try welcome.waitForExit(), 0)
        let report = try run(["report", "--db", database])
        XCTAssertTrue(report.contains("Bo"), report)
    }
}
