import AstroNumbers
import EnglishCatalogue
import Foundation
import Messages
import Quiz
import Scoring
import Terminal
import XCTest

/// Which sessions practise, and how a practice session's questions are made from facts and the set.
final class PracticePlanTests: XCTestCase {
    override func setUpWithError() throws { EnglishMessages.install() }

    private func set(practice: Int = 0, questions: Int? = nil) throws -> QuestionSet {
        try QuestionSet(title: "Sums", settings: QuizSettings(questionCount: questions, shuffle: true, practice: practice),
                        questions: (1...8).compactMap { Question(left: $0, op: .add, right: 1) })
    }

    func testWhichSessionsPractiseAndFromWhere() throws {
        XCTAssertNil(PracticePlan.request(set: try set(), practiceFlag: false))
        let flag = try XCTUnwrap(PracticePlan.request(set: try set(questions: 5), practiceFlag: true))
        XCTAssertEqual(flag.count, 5, "--practice: the whole session")
        XCTAssertNil(flag.quizTitle, "--practice: facts of every set")
        let option = try XCTUnwrap(PracticePlan.request(set: try set(practice: 3), practiceFlag: false))
        XCTAssertEqual(option.count, 3)
        XCTAssertEqual(option.quizTitle, "Sums", "practice = N: this set's earlier lessons")
    }

    func testFactsComeFirstAndTheSetFillsTheSessionWithoutRepeats() throws {
        let sums = try set(questions: 5)
        let facts = [Fact(question: "9 - 2 = ?", expected: "7"), Fact(question: "3 + 1 = ?", expected: "4")]
        let questions = PracticePlan.questions(set: sums, seed: 42, practice: facts)
        XCTAssertEqual(questions.count, 5)
        XCTAssertEqual(questions.prefix(2).map(\.text), ["9 - 2 = ?", "3 + 1 = ?"])
        XCTAssertEqual(Set(questions.map(\.text)).count, 5, "3 + 1 is not asked twice")
        XCTAssertTrue(questions.dropFirst(2).allSatisfy { $0.op == .add && $0.right == 1 })
        XCTAssertEqual(PracticePlan.questions(set: sums, seed: 42, practice: facts), questions, "the same again on resume")
        // The set's own part keeps the plain session's order.
        let plain = sums.session(seed: 42).filter { $0.text != "3 + 1 = ?" }
        XCTAssertEqual(Array(questions.dropFirst(2)), Array(plain.prefix(3)))
        XCTAssertEqual(PracticePlan.questions(set: sums, seed: 42, practice: []), sums.session(seed: 42))
    }

    func testFactsThatAreNoLongerQuestionsArePassedOver() throws {
        let session = SessionID(rawValue: 1)
        let answers = [("7 + 8 = ?", "15", "14"), ("banana", "3", "4"), ("7 + 8", "15", "16"), ("2 + 2 = ?", "5", "4")]
            .enumerated().map { index, fact in
                AnswerRecord(questionIndex: index, question: fact.0, expected: fact.1, read: fact.2, input: .typed, seconds: 1)
            }
        let record = SessionRecord(id: session, student: "Ada", quizTitle: "S", quizFile: "s", contentHash: "h",
                                   startedAt: Date(), endedAt: nil, status: .completed, answers: answers,
                                   summary: ScoreSummary(answers: answers, questionCount: 4))
        let history = FactHistory(sessions: [record])
        XCTAssertEqual(history.toLearn.count, 4)
        XCTAssertEqual(PracticePlan.facts(from: history, count: 10), [Fact(question: "7 + 8 = ?", expected: "15")])
    }

    func testTheScoreScreenSaysWhatWasPractisedAndLearned() throws {
        let note = ScoreScreen.PracticeNote(practised: [Fact(question: "3 + 4 = ?", expected: "7"), Fact(question: "? + 3 = 7", expected: "4")],
                                            nowLearned: [Fact(question: "? + 3 = 7", expected: "4")])
        XCTAssertEqual(ScoreScreen.practiceLine(note), "Practised 2 facts from earlier lessons · now learned: 4 + 3 = 7")
        XCTAssertEqual(ScoreScreen.practiceLine(.init(practised: [], nowLearned: [])), "No facts to practise from earlier lessons")
        let hostile = Fact(question: "\u{1B}[2J = ?", expected: "1")
        XCTAssertFalse(ScoreScreen.practiceLine(.init(practised: [hostile], nowLearned: [hostile])).contains("\u{1B}"),
                       "facts from the records never reach the terminal raw")
        let french = try EnglishMessages.language("fr")
        XCTAssertEqual(Messages.withCurrent(french) { ScoreScreen.practiceLine(.init(practised: [note.practised[0]], nowLearned: [])) },
                       "1 calcul revu des leçons précédentes")
        var screen = ScoreScreen(student: "Ada", quizTitle: "Sums", summary: ScoreSummary(answers: [], questionCount: 2))
        screen.practice = note
        let lines = screen.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).lines
        XCTAssertTrue(lines[5].contains("Practised 2 facts from earlier lessons"), lines.joined(separator: "\n"))
    }
}
