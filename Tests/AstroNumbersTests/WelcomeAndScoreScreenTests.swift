import XCTest
import Scoring
import Terminal
@testable import AstroNumbers
import EnglishCatalogue

final class WelcomeAndScoreScreenTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let size = Size(cols: 80, rows: 24)

    func testWelcomeTakesATypedName() {
        var welcome = WelcomeScreen(quizTitle: "Sums", description: "Adding", students: [])
        XCTAssertEqual(welcome.handle(.key(.enter), size: size), .none)
        XCTAssertTrue(welcome.askedForName)
        for c in "Ada" { _ = welcome.handle(.key(.character(c)), size: size) }
        _ = welcome.handle(.key(.character("x")), size: size)
        _ = welcome.handle(.key(.backspace), size: size)
        XCTAssertEqual(welcome.handle(.key(.enter), size: size), .start("Ada"))
        XCTAssertEqual(welcome.handle(.key(.escape), size: size), .quit)
    }

    func testWelcomePicksANameWithArrowsOrAClick() {
        var welcome = WelcomeScreen(quizTitle: "Sums", description: "", students: ["Ada", "Ben", "Chloé"])
        _ = welcome.handle(.key(.down), size: size)
        _ = welcome.handle(.key(.down), size: size)
        XCTAssertEqual(welcome.name, "Ben")
        XCTAssertEqual(welcome.handle(.key(.enter), size: size), .start("Ben"))
        let frame = welcome.render(size: size, glyphs: .unicode)
        let row = try! XCTUnwrap(frame.lines.firstIndex { $0.contains("Chloé") })
        let col = Array(frame.lines[row]).firstIndex(of: "C")!
        XCTAssertEqual(welcome.handle(.mouse(MouseEvent(.press(.left), at: Position(col: col, row: row))), size: size), .start("Chloé"))
    }

    private func summary() -> ScoreSummary {
        let answers = [
            AnswerRecord(questionIndex: 0, question: "7 + 8 = ?", expected: "15", read: "15", input: .drawn, seconds: 4),
            AnswerRecord(questionIndex: 1, question: "9 - 4 = ?", expected: "5", read: nil, input: .drawn, seconds: 2),
            AnswerRecord(questionIndex: 1, question: "9 - 4 = ?", expected: "5", read: "6", input: .drawn, seconds: 3),
            AnswerRecord(questionIndex: 2, question: "2 + 2 = ?", expected: "4", read: "4", input: .typed, seconds: 1),
        ]
        return ScoreSummary(answers: answers, questionCount: 3)
    }

    func testScoreScreenShowsTheTallyAndHighlightsTheMissed() {
        let score = ScoreScreen(student: "Ada", quizTitle: "Sums", summary: summary())
        XCTAssertEqual(score.scoreLine, "Score 2 of 3 · 67 % · time 0:10")
        let frame = score.render(size: size, glyphs: .unicode)
        XCTAssertTrue(frame.lines[2].contains("Well done, Ada!") && frame.lines[2].contains("★★☆"), frame.lines[2])
        let missedRow = try! XCTUnwrap(frame.lines.firstIndex { $0.contains("9 - 4 = ?") })
        XCTAssertTrue(frame.lines[missedRow].contains("✗") && frame.lines[missedRow].contains("you: 6") && frame.lines[missedRow].contains("answer: 5"))
        XCTAssertEqual(frame.style(at: Position(col: 2, row: missedRow))?.role, .bad)
        XCTAssertTrue(frame.lines.contains { $0.contains("✓ 7 + 8 = ?") })
        XCTAssertTrue(frame.lines[23].contains("p: practise the 1 missed"))
        XCTAssertEqual(score.handle(.key(.character("p"))), .practiseMissed)
        XCTAssertEqual(score.handle(.key(.enter)), .finish)
    }

    func testScoreScreenInAsciiWithoutUnicode() {
        let frame = ScoreScreen(student: "Ada", quizTitle: "Sums", summary: summary()).render(size: size, glyphs: .ascii)
        XCTAssertTrue(frame.lines[2].contains("**."), frame.lines[2])
        XCTAssertFalse(frame.lines.joined().contains("✓"))
    }

    func testTextFrameClipsAndBoxes() {
        var frame = TextFrame(size: Size(cols: 6, rows: 3), glyphs: .ascii)
        frame.box(Rect(col: 0, row: 0, cols: 6, rows: 3))
        frame.put("abcdefgh", at: Position(col: 2, row: 1))
        XCTAssertEqual(frame.lines, ["+----+", "|.abcd".replacingOccurrences(of: ".", with: " "), "+----+"])
    }

    func testAsciiGlyphsReplaceEveryNonAsciiCharacterTheScreensUse() {
        var frame = TextFrame(size: Size(cols: 16, rows: 1), glyphs: .ascii)
        frame.put("7 × 8 · ✓★ █▀▄\u{2836}", at: Position(col: 0, row: 0))
        XCTAssertEqual(frame.lines[0], "7 x 8 - +* #\"_# ")
        let question = QuestionScreen(question: LessonQuestion(index: 0, prompt: "6 × 7 = ?", expected: "42", working: "6 × 7 = 42"),
                                      typingAllowed: false, canvas: Size(cols: 78, rows: 16))
        let layout = QuestionLayout(size: size, problem: "6 × 7 = ?")
        let screen = question.render(layout: layout, status: QuestionStatus(quizTitle: "Tables", student: "Ada", number: 1, total: 2), glyphs: .ascii)
        XCTAssertTrue(screen.lines.joined().unicodeScalars.allSatisfy(\.isASCII), screen.lines.joined(separator: "\n"))
    }

    func testSessionSeedsDifferAndRepeat() {
        XCTAssertEqual(SessionSeed.seed(for: 7), SessionSeed.seed(for: 7))
        XCTAssertNotEqual(SessionSeed.seed(for: 7), SessionSeed.seed(for: 8))
    }
}
