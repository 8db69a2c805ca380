import EnglishCatalogue
import XCTest
@testable import Scoring

final class ScoringRulesTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testPercentageAndStarsAtTheBoundaries() {
        let rules = ScoringRules()
        XCTAssertEqual(rules.percentage(points: 8, maxPoints: 10), 80)
        XCTAssertEqual(rules.percentage(points: 0, maxPoints: 0), 0)
        XCTAssertEqual(rules.stars(percentage: 0), 1)
        XCTAssertEqual(rules.stars(percentage: 59.9), 1)
        XCTAssertEqual(rules.stars(percentage: 60), 2)
        XCTAssertEqual(rules.stars(percentage: 89.9), 2)
        XCTAssertEqual(rules.stars(percentage: 90), 3)
        XCTAssertEqual(rules.stars(percentage: 100), 3)
        XCTAssertEqual(rules.secondsPerQuestion(totalSeconds: 30, answered: 4), 7.5)
        XCTAssertEqual(rules.secondsPerQuestion(totalSeconds: 30, answered: 0), 0)
    }

    func testOutcomeComparesReadWithExpected() {
        XCTAssertEqual(AnswerOutcome(read: "15", expected: "15"), .correct)
        XCTAssertEqual(AnswerOutcome(read: " 15", expected: "15 "), .correct)
        XCTAssertEqual(AnswerOutcome(read: "16", expected: "15"), .wrong)
        XCTAssertEqual(AnswerOutcome(read: nil, expected: "15"), .unreadable)
        XCTAssertEqual(AnswerOutcome(read: "", expected: "15"), .unreadable)
    }

    func testPenPointsEncodeAsCompactArrays() throws {
        let strokes = [[PenPoint(x: 1, y: 2), PenPoint(x: 3.5, y: 4, t: 16)]]
        let json = String(decoding: try JSONEncoder().encode(strokes), as: UTF8.self)
        XCTAssertEqual(json, "[[[1,2],[3.5,4,16]]]")
        XCTAssertEqual(try JSONDecoder().decode([[PenPoint]].self, from: Data(json.utf8)), strokes)
    }
}
