import EnglishCatalogue
import XCTest
@testable import Scoring

final class ScoreSummaryTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func answer(_ index: Int, _ read: String?, expected: String, seconds: Double = 2,
                        attempt: Int = 1) -> AnswerRecord {
        AnswerRecord(questionIndex: index, question: "q\(index)", expected: expected, read: read,
                     input: .drawn, seconds: seconds, attempt: attempt)
    }

    func testUnreadableRetryIsNotCountedWrong() {
        let summary = ScoreSummary(answers: [
            answer(0, nil, expected: "15", seconds: 3),      // unreadable scribble, asked again
            answer(0, "15", expected: "15", seconds: 4),     // then read right
            answer(1, "7", expected: "8", seconds: 5),       // wrong
            answer(2, "12", expected: "12", seconds: 1),
        ], questionCount: 4)
        XCTAssertEqual(summary.points, 2)
        XCTAssertEqual(summary.maxPoints, 4)                 // question 3 never answered: no point
        XCTAssertEqual(summary.percentage, 50)
        XCTAssertEqual(summary.stars, 1)
        XCTAssertEqual(summary.questions.map(\.isCorrect), [true, false, true])
        XCTAssertEqual(summary.questions[0].unreadableTries, 1)
        XCTAssertEqual(summary.questions[0].seconds, 7)
        XCTAssertEqual(summary.questions[0].read, "15")
        XCTAssertEqual(summary.totalSeconds, 13)
        XCTAssertEqual(summary.secondsPerQuestion, 13.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(summary.missed.map(\.index), [1])
        XCTAssertEqual(summary.missed.first?.read, "7")
        XCTAssertEqual(summary.missed.first?.expected, "8")
    }

    func testPractisingAMissedQuestionDoesNotChangeTheScore() {
        let summary = ScoreSummary(answers: [
            answer(0, "9", expected: "10"),
            answer(1, "4", expected: "4"),
            answer(0, "10", expected: "10", attempt: 2),
        ], questionCount: 2)
        XCTAssertEqual(summary.points, 1)
        XCTAssertEqual(summary.percentage, 50)
        XCTAssertEqual(summary.missed.map(\.index), [0])
        XCTAssertTrue(summary.missed[0].practisedCorrectly)
        XCTAssertFalse(summary.questions[1].practisedCorrectly)
    }

    func testAllRightEarnsThreeStarsAndCustomPoints() {
        let answers = (0..<10).map { answer($0, "\($0)", expected: "\($0)") }
        let summary = ScoreSummary(answers: answers, questionCount: 10,
                                   rules: ScoringRules(pointsPerCorrectAnswer: 2))
        XCTAssertEqual(summary.points, 20)
        XCTAssertEqual(summary.maxPoints, 20)
        XCTAssertEqual(summary.stars, 3)
        XCTAssertTrue(summary.missed.isEmpty)
    }

    func testOnlyUnreadableTriesCountAsMissedWithoutAReading() {
        let summary = ScoreSummary(answers: [answer(0, nil, expected: "3")], questionCount: 1)
        XCTAssertEqual(summary.points, 0)
        XCTAssertEqual(summary.missed.count, 1)
        XCTAssertNil(summary.missed[0].read)
    }
}
