import EnglishCatalogue
import XCTest
@testable import Quiz

final class AskParserTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func parsed(_ ask: String) throws -> (text: String, answer: Int) {
        let q = try AskParser.question(from: ask)
        return (q.text, q.answer)
    }

    func testEveryFormAndSpelling() throws {
        XCTAssertEqual(try parsed("7 + 8").text, "7 + 8 = ?")
        XCTAssertEqual(try parsed("7+8=?").answer, 15)
        XCTAssertEqual(try parsed("? + 3 = 7").answer, 4)
        XCTAssertEqual(try parsed("5 + ? = 10").answer, 5)
        XCTAssertEqual(try parsed("? - 4 = 6").answer, 10)
        XCTAssertEqual(try parsed("12 − ? = 5").answer, 7)
        XCTAssertEqual(try parsed("6 x 7").answer, 42)
        XCTAssertEqual(try parsed("6 * ? = 42").answer, 7)
        XCTAssertEqual(try parsed("? × 6 = 42").answer, 7)
        XCTAssertEqual(try parsed("24 / 6").answer, 4)
        XCTAssertEqual(try parsed("? ÷ 6 = 4").answer, 24)
        XCTAssertEqual(try parsed("24 : ? = 4").answer, 6)
        XCTAssertEqual(try parsed("0 × 5").answer, 0)
        XCTAssertEqual(try parsed("9999 - 0").answer, 9999)
        XCTAssertEqual(try parsed("? + 3 = 7").text, "? + 3 = 7")
        XCTAssertEqual(try parsed("12 - ? = 5").text, "12 - ? = 5")
    }

    func testQuestionsWithoutASingleDrawableAnswerAreRefused() {
        for ask in ["0 × ? = 0", "0 ÷ ? = 0", "5 ÷ ? = 0", "? × 0 = 3", "? + 9 = 3", "3 - ? = 5", "? ÷ 0 = 2", "9999 × 2", "= 7", "7", ""] {
            XCTAssertThrowsError(try AskParser.question(from: ask), ask)
        }
    }

    func testQuestionTextAndWorking() throws {
        let q = try XCTUnwrap(Question(left: 24, op: .divide, right: 6, missing: .right))
        XCTAssertEqual(q.text, "24 ÷ ? = 4")
        XCTAssertEqual(q.working, "24 ÷ 6 = 4")
        XCTAssertEqual(q.answer, 6)
        XCTAssertEqual(q.operands.left, 24)
        XCTAssertNil(Question(left: 3, op: .subtract, right: 4))
        XCTAssertNil(Question(left: 0, op: .multiply, right: 5, missing: .right))
    }
}
