import XCTest
import Ink
import Terminal
@testable import AstroNumbers
import EnglishCatalogue

/// Reads every drawing as "15" made of stroke 0 (the 1) and strokes 1 and 2 (the 5), ignoring any other.
private struct SplitReader: AnswerReader {
    func read(_ drawing: Drawing) -> DrawnAnswer {
        DrawnAnswer(answer: "15", digitProbabilities: [], digitStrokes: [[0], [1, 2]].map { $0.filter { $0 < drawing.strokes.count } })
    }
}

/// The question screen shows which strokes were read as which digit: each digit's ink in its own colour, or,
/// without colour, a bracket under each digit.
final class DigitSplitDisplayTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let question = LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15")
    private let layout = QuestionLayout(size: Size(cols: 80, rows: 24), problem: "7 + 8 = ?")
    private let status = QuestionStatus(quizTitle: "Sums", student: "Ada", number: 1, total: 10)

    /// A 1 at screen column 10, a 5 (body and flag) at columns 14-18, and a stray tap at column 40; rows 9-19.
    private func drawn(drawingLast: Bool = false) -> QuestionScreen {
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        let strokes: [[(Int, Int)]] = [[(10, 9), (10, 19)], [(14, 9), (14, 14), (18, 15), (18, 19), (14, 19)], [(14, 9), (18, 9)], [(40, 12)]]
        for (k, stroke) in strokes.enumerated() {
            _ = screen.handle(.mouse(MouseEvent(.press(.left), at: Position(col: stroke[0].0, row: stroke[0].1))), layout: layout, reader: SplitReader())
            for p in stroke.dropFirst() {
                _ = screen.handle(.mouse(MouseEvent(.drag(.left), at: Position(col: p.0, row: p.1))), layout: layout, reader: SplitReader())
            }
            if drawingLast && k == strokes.count - 1 { break }
            let end = stroke.last!
            _ = screen.handle(.mouse(MouseEvent(.release(.left), at: Position(col: end.0, row: end.1))), layout: layout, reader: SplitReader())
        }
        return screen
    }

    func testEachDigitsInkHasItsOwnColour() {
        let frame = drawn().render(layout: layout, status: status, glyphs: .unicode)
        XCTAssertEqual(frame.style(at: Position(col: 10, row: 12))?.role, .ink, "the 1")
        XCTAssertEqual(frame.style(at: Position(col: 14, row: 12))?.role, .ink2, "the 5's body")
        XCTAssertEqual(frame.style(at: Position(col: 16, row: 9))?.role, .ink2, "the 5's flag")
        XCTAssertEqual(frame.style(at: Position(col: 40, row: 12))?.role, .hint, "a tap the reading ignored")
        XCTAssertFalse(frame.lines[20].contains("└"), "no brackets when colour shows the split")
    }

    func testWithoutColourEachDigitHasABracketUnderIt() {
        let frame = drawn().render(layout: layout, status: status, glyphs: .unicode, colours: false)
        let row = frame.lines[20]   // the row under the lowest ink (19)
        XCTAssertEqual(Array(row)[10], "─", "under the 1 (one column wide)\n" + frame.lines.joined(separator: "\n"))
        XCTAssertEqual(String(Array(row)[14...18]), "└───┘", "under the 5, across its columns")
        XCTAssertEqual(Array(row)[40], " ", "nothing under the ignored tap")
        let ascii = drawn().render(layout: layout, status: status, glyphs: .ascii, colours: false)
        XCTAssertEqual(String(Array(ascii.lines[20])[14...18]), "+---+", "ASCII brackets without Unicode")
    }

    func testTheStrokeBeingDrawnIsPlainInkUntilItIsRead() {
        let frame = drawn(drawingLast: true).render(layout: layout, status: status, glyphs: .unicode)
        XCTAssertEqual(frame.style(at: Position(col: 40, row: 12))?.role, .ink)
    }

    func testDigitInksCycleThroughFourColours() {
        XCTAssertEqual((1...6).map { QuestionScreen.inkRole(label: $0) }, [.ink, .ink2, .ink3, .ink4, .ink, .ink2])
        XCTAssertEqual(QuestionScreen.inkRole(label: 0), .ink)
        XCTAssertEqual(QuestionScreen.inkRole(label: -1), .hint)
    }
}
