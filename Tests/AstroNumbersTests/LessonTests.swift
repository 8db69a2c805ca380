import XCTest
@testable import AstroNumbers
import EnglishCatalogue

final class LessonTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let questions = [
        LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15"),
        LessonQuestion(index: 1, prompt: "9 - 4 = ?", expected: "5", working: "9 - 4 = 5"),
        LessonQuestion(index: 2, prompt: "? + 3 = 7", expected: "4", working: "4 + 3 = 7"),
    ]

    func testAsksEveryQuestionInOrderThenFinishes() {
        var lesson = Lesson(questions: questions, rules: LessonRules(feedback: .atEnd), at: 0)
        var asked: [String] = []
        var time = 0.0
        while let question = lesson.currentQuestion {
            asked.append(question.prompt)
            time += 1
            lesson.submit(.drawn(question.expected), at: time)
        }
        XCTAssertEqual(asked, questions.map(\.prompt))
        XCTAssertEqual(lesson.phase, .finished)
        XCTAssertEqual(lesson.answers.map(\.outcome), [.correct, .correct, .correct])
        XCTAssertEqual(lesson.answers.map(\.seconds), [1, 1, 1])
        XCTAssertTrue(lesson.missedQuestions.isEmpty)
    }

    func testUnreadableAsksAgainAndIsNeverWrong() throws {
        var lesson = Lesson(questions: questions, rules: LessonRules(), at: 0)
        let first = try XCTUnwrap(lesson.submit(.drawn(nil), at: 2))
        XCTAssertEqual(first.outcome, .unreadable)
        XCTAssertEqual(lesson.phase, .asking)
        XCTAssertEqual(lesson.current, Lesson.Turn(question: 0, attempt: 1))
        XCTAssertEqual(lesson.unreadableTries, 1)
        let second = try XCTUnwrap(lesson.submit(.drawn("15"), at: 5))
        XCTAssertEqual(second.outcome, .correct)
        XCTAssertEqual(second.seconds, 3, "time counts from the previous try")
        XCTAssertEqual(second.unreadableTriesBefore, 1)
        XCTAssertEqual(lesson.phase, .feedback(second))
        lesson.proceed(at: 6)
        XCTAssertEqual(lesson.current, Lesson.Turn(question: 1, attempt: 1))
        XCTAssertEqual(lesson.unreadableTries, 0)
    }

    func testFeedbackAfterEachAnswerWaitsForProceed() throws {
        var lesson = Lesson(questions: questions, rules: LessonRules(feedback: .afterEachAnswer), at: 0)
        let wrong = try XCTUnwrap(lesson.submit(.drawn("14"), at: 1))
        XCTAssertEqual(wrong.outcome, .wrong)
        XCTAssertEqual(lesson.phase, .feedback(wrong))
        XCTAssertNil(lesson.submit(.drawn("15"), at: 2), "no answer is taken while feedback shows")
        lesson.proceed(at: 3)
        XCTAssertEqual(lesson.currentQuestion?.prompt, "9 - 4 = ?")
    }

    func testRepeatMissedBringsQuestionsBackUpToTheLimit() {
        var lesson = Lesson(questions: questions, rules: LessonRules(repeatMissed: 2, feedback: .atEnd), at: 0)
        lesson.submit(.drawn("1"), at: 1)      // q0 wrong -> comes back
        lesson.submit(.drawn("5"), at: 2)      // q1 right
        lesson.submit(.drawn("4"), at: 3)      // q2 right
        XCTAssertEqual(lesson.progress.number, 4)
        XCTAssertEqual(lesson.progress.total, 4)
        XCTAssertEqual(lesson.current, Lesson.Turn(question: 0, attempt: 2))
        lesson.submit(.drawn("2"), at: 4)      // wrong again -> once more (attempt 3)
        XCTAssertEqual(lesson.current, Lesson.Turn(question: 0, attempt: 3))
        lesson.submit(.drawn("3"), at: 5)      // wrong, but the limit is reached
        XCTAssertEqual(lesson.phase, .finished)
        XCTAssertEqual(lesson.queue.count, 5)
        XCTAssertEqual(lesson.missedQuestions, [0])
    }

    func testNoRepeatWhenTheSetSaysZero() {
        var lesson = Lesson(questions: questions, rules: LessonRules(repeatMissed: 0, feedback: .atEnd), at: 0)
        for _ in questions { lesson.submit(.drawn("0"), at: 1) }
        XCTAssertEqual(lesson.phase, .finished)
        XCTAssertEqual(lesson.missedQuestions, [0, 1, 2])
    }

    func testTypedAnswersAreJudgedTheSame() throws {
        var lesson = Lesson(questions: questions, rules: LessonRules(feedback: .atEnd, typingAllowed: true), at: 0)
        let answer = try XCTUnwrap(lesson.submit(.typed("15"), at: 1))
        XCTAssertEqual(answer.input, .typed)
        XCTAssertEqual(answer.outcome, .correct)
    }

    func testQuestionTimeLimitCountsAsWrong() throws {
        var lesson = Lesson(questions: questions, rules: LessonRules(feedback: .atEnd, questionTimeLimit: 10), at: 0)
        XCTAssertEqual(lesson.timeLeft(at: 4), 6)
        lesson.submit(.drawn(nil), at: 5)         // unreadable try does not restart the clock
        XCTAssertNil(lesson.checkTime(at: 9.9))
        let timedOut = try XCTUnwrap(lesson.checkTime(at: 10))
        XCTAssertEqual(timedOut.outcome, .wrong)
        XCTAssertNil(timedOut.given)
        XCTAssertEqual(lesson.current?.question, 1)
        XCTAssertEqual(lesson.timeLeft(at: 12), 8, "the next question has its own clock")
    }

    func testSessionTimeLimitEndsTheLesson() {
        var lesson = Lesson(questions: questions, rules: LessonRules(feedback: .atEnd, questionTimeLimit: 30, sessionTimeLimit: 20), at: 100)
        lesson.submit(.drawn("15"), at: 115)
        XCTAssertEqual(lesson.timeLeft(at: 116), 4, "the lesson's clock is shorter than the question's")
        XCTAssertNil(lesson.checkTime(at: 120))
        XCTAssertEqual(lesson.phase, .finished)
        XCTAssertTrue(lesson.ranOutOfTime)
    }

    func testAResumedLessonKeepsTheTimeAlreadyUsed() {
        let rules = LessonRules(feedback: .atEnd, questionTimeLimit: 30, sessionTimeLimit: 60)
        var lesson = Lesson(questions: questions, rules: rules, at: 500, timeAlreadyUsed: 50)
        XCTAssertEqual(lesson.timeLeft(at: 505), 5, "60 s for the lesson, 50 used before and 5 since")
        lesson.replay(questionIndex: 0, attempt: 1, given: "15", outcome: .correct, at: 505)
        XCTAssertNil(lesson.checkTime(at: 510))
        XCTAssertTrue(lesson.ranOutOfTime)

        // With no lesson limit only the question's own clock runs, from the moment of resuming.
        let fresh = Lesson(questions: questions, rules: LessonRules(questionTimeLimit: 30), at: 500, timeAlreadyUsed: 50)
        XCTAssertEqual(fresh.timeLeft(at: 510), 20)
    }

    func testPractiseMissedAsksThemAgainWithTheNextAttempt() {
        var lesson = Lesson(questions: questions, rules: LessonRules(feedback: .atEnd), at: 0)
        lesson.submit(.drawn("15"), at: 1)
        lesson.submit(.drawn("6"), at: 2)
        lesson.submit(.drawn("9"), at: 3)
        XCTAssertEqual(lesson.missedQuestions, [1, 2])
        lesson.practiseMissed(at: 10)
        XCTAssertEqual(lesson.current, Lesson.Turn(question: 1, attempt: 2))
        XCTAssertEqual(lesson.progress.number, 4)
        lesson.submit(.drawn("5"), at: 11)
        lesson.submit(.drawn("1"), at: 12)
        XCTAssertEqual(lesson.phase, .finished)
        XCTAssertEqual(lesson.missedQuestions, [2], "a question answered right in practice is no longer missed")
    }

    func testReplayResumesAfterTheLastRecordedAnswer() {
        let rules = LessonRules(repeatMissed: 1, feedback: .afterEachAnswer)
        var original = Lesson(questions: questions, rules: rules, at: 0)
        original.submit(.drawn(nil), at: 1)
        original.submit(.drawn("14"), at: 2)
        original.proceed(at: 3)
        original.submit(.drawn("5"), at: 4)
        original.proceed(at: 5)

        var resumed = Lesson(questions: questions, rules: rules, at: 50)
        for answer in original.answers {
            resumed.replay(questionIndex: answer.question.index, attempt: answer.attempt, given: answer.given,
                           outcome: answer.outcome, at: 50)
        }
        XCTAssertEqual(resumed.current, original.current)
        XCTAssertEqual(resumed.queue, original.queue)
        XCTAssertEqual(resumed.phase, .asking)
        XCTAssertEqual(resumed.missedQuestions, [0])
    }

    func testEmptyLessonIsFinished() {
        let lesson = Lesson(questions: [], rules: LessonRules(), at: 0)
        XCTAssertEqual(lesson.phase, .finished)
        XCTAssertNil(lesson.currentQuestion)
    }

    /// The time an answer waits for locked records is not the child's: no time limit runs out in it, and
    /// the next answer's seconds leave it out.
    func testPauseStopsTheClocksWhileAnAnswerWaitsForTheRecords() throws {
        let rules = LessonRules(feedback: .atEnd, questionTimeLimit: 20, sessionTimeLimit: 100)
        var lesson = Lesson(questions: questions, rules: rules, at: 0)
        lesson.submit(.drawn("15"), at: 5)          // the next question "appears" at 5 …
        lesson.pause(for: 60)                        // … but its answer's save waited 60 s
        XCTAssertNil(lesson.checkTime(at: 70))       // 65 s after the submit, 5 s of its own
        XCTAssertEqual(lesson.timeLeft(at: 70) ?? 0, 15, accuracy: 1e-9)
        let next = try XCTUnwrap(lesson.submit(.drawn("5"), at: 72))
        XCTAssertEqual(next.seconds, 7, accuracy: 1e-9)
        XCTAssertNotEqual(lesson.phase, .finished)
        XCTAssertNotNil(lesson.checkTime(at: 72 + 21))  // without pauses the clocks run as before
    }
}
