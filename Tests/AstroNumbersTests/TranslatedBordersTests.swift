import Messages
import Terminal
import XCTest
@testable import AstroNumbers
import EnglishCatalogue

/// The question screen's borders in every shipped language: at 80 columns, whatever the input, the labels
/// fit between the corners without overlapping, and the Done button and the reading under the canvas too.
final class TranslatedBordersTests: XCTestCase {
    func testTheBordersFitIn80ColumnsInEveryLanguage() throws {
        let layout = QuestionLayout(size: Size(cols: 80, rows: 24), problem: "7 + 8 = ?")
        for code in ["en", "es", "fr"] {
            try Messages.withCurrent(EnglishMessages.language(code)) {
                for (mouse, typing) in [(true, false), (true, true), (false, true)] {
                    let screen = QuestionScreen(question: LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15"),
                                                typingAllowed: typing, mouseAvailable: mouse, canvas: layout.canvas.size)
                    let (what, keys) = screen.topLabels(width: 80)
                    let frame = screen.render(layout: layout, status: QuestionStatus(quizTitle: "Sumas", student: "Ada", number: 1, total: 10),
                                              glyphs: .unicode)
                    let top = frame.lines[layout.frame.minRow]
                    XCTAssertTrue(top.contains(keys), "\(code) mouse \(mouse) typing \(typing): keys cut\n\(top)")
                    if !what.isEmpty { XCTAssertTrue(top.contains(what), "\(code): \(top)") }
                    XCTAssertTrue(top.hasSuffix("┐") && top.hasPrefix("┌"), "\(code): the corners stay\n\(top)")
                    XCTAssertFalse(what.isEmpty, "\(code) mouse \(mouse) typing \(typing) says what to do")
                    let bottom = frame.lines[layout.frame.maxRow - 1]
                    XCTAssertTrue(bottom.contains(QuestionLayout.doneLabel) && bottom.hasSuffix("┘"), "\(code): \(bottom)")
                }
            }
        }
    }
}
