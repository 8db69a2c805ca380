import XCTest
import Ink
import Terminal
@testable import AstroNumbers
import EnglishCatalogue

/// Reads every drawing as a fixed answer and counts the calls.
private final class FakeReader: AnswerReader {
    var answer: String?
    var calls = 0
    init(_ answer: String?) { self.answer = answer }
    func read(_ drawing: Drawing) -> DrawnAnswer {
        calls += 1
        return DrawnAnswer(answer: answer, digitProbabilities: [[0, 1, 0, 0, 0, 0, 0, 0, 0, 0]])
    }
}

final class QuestionScreenTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let question = LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15")
    private let layout = QuestionLayout(size: Size(cols: 80, rows: 24), problem: "7 + 8 = ?")

    private func mouse(_ action: MouseAction, _ col: Int, _ row: Int) -> Event {
        .mouse(MouseEvent(action, at: Position(col: col, row: row)))
    }

    private func stroke(_ screen: inout QuestionScreen, reader: AnswerReader, from: (Int, Int), to: (Int, Int)) {
        _ = screen.handle(mouse(.press(.left), from.0, from.1), layout: layout, reader: reader)
        _ = screen.handle(mouse(.drag(.left), to.0, to.1), layout: layout, reader: reader)
        _ = screen.handle(mouse(.release(.left), to.0, to.1), layout: layout, reader: reader)
    }

    func testLayoutAt80x24HasASixteenRowCanvasUnderLargeDigits() {
        XCTAssertTrue(layout.fits)
        XCTAssertEqual(layout.problemLines.count, 5)
        XCTAssertEqual(layout.canvas, Rect(col: 1, row: 7, cols: 78, rows: 16))
        XCTAssertEqual(layout.doneButton.minRow, 23)
        let long = QuestionLayout(size: Size(cols: 80, rows: 24), problem: "1234 + 5678 = ?")
        XCTAssertEqual(long.problemLines.count, 3, "a long problem uses compact digits")
        XCTAssertEqual(long.canvas.size.rows, 18, "and the canvas gets the rows saved")
    }

    func testEachStrokeIsReadAndShownUnderTheCanvas() {
        let reader = FakeReader("15")
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        stroke(&screen, reader: reader, from: (20, 10), to: (20, 18))
        XCTAssertEqual(reader.calls, 1, "read once, at the end of the stroke")
        XCTAssertEqual(screen.strokes.strokes, [[Position(col: 19, row: 3), Position(col: 19, row: 11)]])
        let frame = screen.render(layout: layout, status: QuestionStatus(quizTitle: "Sums", student: "Ada", number: 3, total: 10),
                                  glyphs: .unicode)
        XCTAssertTrue(frame.lines[23].contains("I read 15"), frame.lines[23])
        XCTAssertTrue(frame.lines[0].hasSuffix("Ada · 3 of 10 "), frame.lines[0])
        XCTAssertEqual(frame.style(at: Position(col: 20, row: 14))?.role, .ink)
        XCTAssertNotEqual(frame.character(at: Position(col: 20, row: 14)), " ")
    }

    func testEnterSubmitsTheReadingAndAnEmptyCanvasAsksForADrawing() {
        let reader = FakeReader("15")
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        XCTAssertEqual(screen.handle(.key(.enter), layout: layout, reader: reader), .none)
        XCTAssertEqual(screen.notice, .nothingDrawn)
        stroke(&screen, reader: reader, from: (20, 10), to: (20, 18))
        guard case .submit(.drawn("15"), let reading) = screen.handle(.key(.enter), layout: layout, reader: reader) else {
            return XCTFail("no submission")
        }
        XCTAssertEqual(reading.digitProbabilities.count, 1)
    }

    func testAClickOnDoneSubmits() {
        let reader = FakeReader(nil)
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        stroke(&screen, reader: reader, from: (20, 10), to: (30, 10))
        let done = layout.doneButton.origin
        XCTAssertEqual(screen.handle(mouse(.press(.left), done.col + 2, done.row), layout: layout, reader: reader),
                       .submit(.drawn(nil), DrawnAnswer(answer: nil, digitProbabilities: [[0, 1, 0, 0, 0, 0, 0, 0, 0, 0]])))
    }

    func testUndoClearAndAskAgain() {
        let reader = FakeReader("1")
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        stroke(&screen, reader: reader, from: (10, 10), to: (10, 15))
        stroke(&screen, reader: reader, from: (20, 10), to: (20, 15))
        _ = screen.handle(.key(.character("u")), layout: layout, reader: reader)
        XCTAssertEqual(screen.strokes.strokes.count, 1)
        _ = screen.handle(.key(.backspace), layout: layout, reader: reader)
        XCTAssertTrue(screen.strokes.strokes.isEmpty)
        XCTAssertEqual(screen.reading, .nothing)
        stroke(&screen, reader: reader, from: (10, 10), to: (10, 15))
        _ = screen.handle(mouse(.press(.right), 40, 12), layout: layout, reader: reader)
        XCTAssertTrue(screen.strokes.strokes.isEmpty, "right-click clears")
        stroke(&screen, reader: reader, from: (10, 10), to: (10, 15))
        screen.askAgain()
        XCTAssertTrue(screen.strokes.strokes.isEmpty)
        XCTAssertEqual(screen.notice, .unreadable)
        let frame = screen.render(layout: layout, status: QuestionStatus(quizTitle: "Sums", student: "", number: 1, total: 1), glyphs: .unicode)
        XCTAssertTrue(frame.lines.contains { $0.contains("I could not read that.") })
    }

    func testTypingOnlyWhenAllowed() {
        let reader = FakeReader(nil)
        var drawOnly = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        _ = drawOnly.handle(.key(.character("1")), layout: layout, reader: reader)
        XCTAssertEqual(drawOnly.typed, "")
        var typing = QuestionScreen(question: question, typingAllowed: true, canvas: layout.canvas.size)
        for key in "15" { _ = typing.handle(.key(.character(key)), layout: layout, reader: reader) }
        XCTAssertEqual(typing.handle(.key(.enter), layout: layout, reader: reader), .submit(.typed("15"), DrawnAnswer(answer: "15")))
        let noMouse = QuestionScreen(question: question, typingAllowed: false, mouseAvailable: false, canvas: layout.canvas.size)
        XCTAssertTrue(noMouse.typingAllowed, "without a mouse the child types")
    }

    func testEscapeAsksBeforeQuitting() {
        let reader = FakeReader(nil)
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        XCTAssertEqual(screen.handle(.key(.escape), layout: layout, reader: reader), .none)
        XCTAssertEqual(screen.notice, .confirmQuit)
        XCTAssertEqual(screen.handle(.key(.character("n")), layout: layout, reader: reader), .none)
        XCTAssertEqual(screen.notice, .none)
        _ = screen.handle(.key(.escape), layout: layout, reader: reader)
        XCTAssertEqual(screen.handle(.key(.character("y")), layout: layout, reader: reader), .quit)
    }

    func testFeedbackShowsTheWorkingAndAnyKeyMovesOn() {
        let reader = FakeReader(nil)
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        var lesson = Lesson(questions: [question], rules: LessonRules(), at: 0)
        let answer = lesson.submit(.drawn("14"), at: 1)!
        screen.notice = .feedback(answer)
        let frame = screen.render(layout: layout, status: QuestionStatus(quizTitle: "Sums", student: "", number: 1, total: 1), glyphs: .unicode)
        XCTAssertTrue(frame.lines.contains { $0.contains("Not quite: I read 14.") })
        let working = BlockDigits.fit("7 + 8 = 15", width: 76)
        XCTAssertTrue(frame.lines.contains { $0.contains(working[0]) }, "the working in block digits")
        XCTAssertEqual(screen.handle(.key(.enter), layout: layout, reader: reader), .proceed)
    }

    /// While its answer waits for the records the question stays on screen, drawing included, with the
    /// message; after Esc the child is told that stopping loses the answer.
    func testSavingShowsTheAnswerWithTheMessage() {
        let reader = FakeReader("15")
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        stroke(&screen, reader: reader, from: (20, 10), to: (20, 18))
        let status = QuestionStatus(quizTitle: "Sums", student: "Ada", number: 1, total: 1)
        screen.notice = .saving(stopAsked: false)
        let saving = screen.render(layout: layout, status: status, glyphs: .unicode).lines
        XCTAssertTrue(saving.contains { $0.contains("Saving your answer…") }, saving.joined(separator: "\n"))
        XCTAssertTrue(saving.contains { $0.contains("I read 15") })
        screen.notice = .saving(stopAsked: true)
        let stopping = screen.render(layout: layout, status: status, glyphs: .unicode).lines
        XCTAssertTrue(stopping.contains { $0.contains("Your last answer is not saved yet.") }, stopping.joined(separator: "\n"))
        let plain = SavingScreen(quizTitle: "Sums").render(size: Size(cols: 80, rows: 24), glyphs: .ascii, stopAsked: false).lines
        XCTAssertTrue(plain.contains { $0.contains("Saving") }, plain.joined(separator: "\n"))
    }

    func testResizeRescalesTheStrokesAndTooSmallShowsTheEnlargeMessage() {
        let reader = FakeReader("1")
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        stroke(&screen, reader: reader, from: (40, 8), to: (40, 22))
        let small = QuestionLayout(size: Size(cols: 60, rows: 20), problem: question.prompt)
        _ = screen.handle(.resize(small.size), layout: small, reader: reader)
        XCTAssertEqual(screen.strokes.strokes.count, 1, "kept while the window is too small")
        let message = screen.render(layout: small, status: QuestionStatus(quizTitle: "", student: "", number: 1, total: 1), glyphs: .unicode)
        XCTAssertTrue(message.lines.contains { $0.contains("Please make this window bigger.") })
        let big = QuestionLayout(size: Size(cols: 160, rows: 40), problem: question.prompt)
        _ = screen.handle(.resize(big.size), layout: big, reader: reader)
        XCTAssertEqual(screen.canvas, big.canvas.size)
        let rows = screen.strokes.strokes[0].map(\.row)
        // Canvas rows 1…15 of 16, scaled by 32/16 = 2 (the height limits it) into 158×32 cells: 3…31.
        XCTAssertEqual(rows.first, 3)
        XCTAssertEqual(rows.last, 31)
    }
}
