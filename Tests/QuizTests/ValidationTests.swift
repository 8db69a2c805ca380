import EnglishCatalogue
import XCTest
@testable import Quiz

/// Every kind of mistake in a set file gives one clear line naming the file, line and key path.
final class ValidationTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func generator(_ body: String) -> String {
        QuizFixtures.header + "[[generate]]\n" + body
    }

    func testEmptyRangeNamesFileLineAndPath() {
        let text = QuizFixtures.header + """
        [[generate]]
        op = "+"
        left = [0, 5]
        right = [0, 5]
        count = 3

        [[generate]]
        op = "+"
        left = [0, 10]
        right = [10, 5]
        count = 3
        """
        XCTAssertEqual(QuizFixtures.problems(text), ["x.toml:13: generate[2].right: range [10, 5] is empty"])
    }

    func testUnknownKeySuggestsTheKeyMeant() {
        let problems = QuizFixtures.problems(generator("""
        op = "+"
        left = [0, 10]
        right = [0, 10]
        max_anwser = 10
        count = 3
        """))
        XCTAssertEqual(problems, ["x.toml:8: generate[1].max_anwser: unknown key; did you mean max_answer?"])
        let far = QuizFixtures.problems(QuizFixtures.header + "colour = \"red\"\n[[question]]\nask = \"1 + 1\"\n")
        XCTAssertEqual(far.count, 1)
        XCTAssertTrue(far[0].hasPrefix("x.toml:4: colour: unknown key; the keys here are title"), far[0])
        let table = QuizFixtures.problems(QuizFixtures.header + "[setings]\nshuffle = true\n[[question]]\nask = \"1 + 1\"\n")
        XCTAssertEqual(table, ["x.toml:4: setings: unknown key; did you mean settings?"])
    }

    func testWrongTypes() {
        let problems = QuizFixtures.problems(QuizFixtures.header + """
        [settings]
        shuffle = "yes"
        questions = 2.5
        input = "type"

        [[generate]]
        op = 3
        left = [0, "ten"]
        right = [0, 10]
        count = "ten"
        """)
        XCTAssertEqual(problems, [
            "x.toml:5: settings.shuffle: expected true or false, found text \"yes\"",
            "x.toml:6: settings.questions: expected a whole number, found the number 2.5",
            "x.toml:7: settings.input: expected \"draw\" or \"draw-or-type\", found text \"type\"",
            "x.toml:10: generate[1].op: expected text in quotes, found the number 3",
            "x.toml:11: generate[1].left: expected [lowest, highest] with two whole numbers, or one number, found a list",
            "x.toml:13: generate[1].count: expected a whole number, found text \"ten\"",
        ])
    }

    func testGeneratorThatCannotMakeItsCount() {
        let problems = QuizFixtures.problems(generator("""
        op = "+"
        left = [0, 2]
        right = [0, 2]
        max_answer = 2
        count = 10
        """))
        XCTAssertEqual(problems, ["x.toml:4: generate[1]: can make only 6 different questions, but count is 10"])
        let none = QuizFixtures.problems(generator("op = \"-\"\nleft = [0, 3]\nright = [5, 9]\ncount = 1\n"))
        XCTAssertEqual(none, ["x.toml:4: generate[1]: no question fits these ranges and limits"])
    }

    func testWrongAnswer() {
        let problems = QuizFixtures.problems(QuizFixtures.header + "[[question]]\nask = \"7 + 8\"\nanswer = 14\n")
        XCTAssertEqual(problems, ["x.toml:6: question[1].answer: 14 is wrong: 7 + 8 = ? has the answer 15 (7 + 8 = 15)"])
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header + "[[question]]\nask = \"? + 3 = 7\"\nanswer = 4\n"), [])
    }

    func testUndrawableAnswers() {
        func problem(_ ask: String) -> String {
            QuizFixtures.problems(QuizFixtures.header + "[[question]]\nask = \"\(ask)\"\n").first ?? "no problem"
        }
        XCTAssertEqual(problem("3 - 5"), "x.toml:5: question[1].ask: 3 - 5 is below zero; answers go from 0 to 9999")
        XCTAssertEqual(problem("7 ÷ 2"), "x.toml:5: question[1].ask: 7 ÷ 2 is not a whole number")
        XCTAssertEqual(problem("7 / 0"), "x.toml:5: question[1].ask: 7 ÷ 0: cannot divide by zero")
        XCTAssertEqual(problem("5000 + 5000"), "x.toml:5: question[1].ask: 5000 + 5000 is above 9999, too long to draw")
        XCTAssertEqual(problem("? * 0 = 0"), "x.toml:5: question[1].ask: ? × 0 = 0: any number fits; the child must have exactly one answer")
        XCTAssertEqual(problem("? - 3 = 9999"), "x.toml:5: question[1].ask: ? - 3 = 9999: no whole number from 0 to 9999 fits")
        XCTAssertEqual(problem("12 ÷ ? = 5"), "x.toml:5: question[1].ask: 12 ÷ ? = 5: no whole number from 0 to 9999 fits")
        XCTAssertEqual(problem("10000 + 1"), "x.toml:5: question[1].ask: 10000 is too large: numbers go from 0 to 9999")
    }

    func testUnreadableAsk() {
        func problem(_ ask: String) -> String {
            QuizFixtures.problems(QuizFixtures.header + "[[question]]\nask = \"\(ask)\"\n").first ?? "no problem"
        }
        XCTAssertEqual(problem("7 + 8 = 15"), "x.toml:5: question[1].ask: \"7 + 8 = 15\" has no ? for the child to draw")
        XCTAssertEqual(problem("? + ? = 8"), "x.toml:5: question[1].ask: \"? + ? = 8\" has more than one ?; hide only one number")
        XCTAssertTrue(problem("7 ++ 8").contains("cannot read \"7 ++ 8\""))
        XCTAssertTrue(problem("seven + 8").contains("cannot read \"s\""))
    }

    func testOutOfRangeValuesAndCarryOnlyForAddAndSubtract() {
        let problems = QuizFixtures.problems(QuizFixtures.header + """
        [settings]
        repeat_missed = 20

        [[generate]]
        op = "×"
        left = [0, 12000]
        right = [0, 10]
        carry = true
        count = 0
        """)
        XCTAssertEqual(problems, [
            "x.toml:5: settings.repeat_missed: 20 is out of range; use 0 to 10",
            "x.toml:9: generate[1].left: range [0, 12000] goes outside 0 to 9999",
            "x.toml:11: generate[1].carry: only for + and - questions",
            "x.toml:12: generate[1].count: 0 is out of range; use 1 to 1000",
        ])
    }

    /// `practice` is a whole number from 0 to 100, and no more than a session asks.
    func testPracticeIsCheckedLikeTheOtherSettings() {
        func problems(_ value: String, questions: Int = 2) -> [String] {
            QuizFixtures.problems(QuizFixtures.header + "[settings]\npractice = \(value)\n\n"
                + (1...questions).map { "[[question]]\nask = \"\($0) + 1\"\n" }.joined(separator: "\n"))
        }
        XCTAssertEqual(problems("101"), ["x.toml:5: settings.practice: 101 is out of range; use 0 to 100"])
        XCTAssertEqual(problems("-1"), ["x.toml:5: settings.practice: -1 is out of range; use 0 to 100"])
        XCTAssertEqual(problems("\"3\""), ["x.toml:5: settings.practice: expected a whole number, found text \"3\""])
        XCTAssertEqual(problems("2.5"), ["x.toml:5: settings.practice: expected a whole number, found the number 2.5"])
        XCTAssertEqual(problems("3"), ["x.toml:5: settings.practice: 3 is more than the 2 questions a session asks"])
        XCTAssertEqual(problems("2"), [])
        XCTAssertEqual(problems("0"), [])
    }

    func testMissingKeysAndEmptySet() {
        XCTAssertEqual(QuizFixtures.problems("[[question]]\nask = \"1 + 1\"\n"), [
            "x.toml: title: missing; add title = \"…\"",
            "x.toml: description: missing; add description = \"…\"",
        ])
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header),
                       ["x.toml: the set has no questions: add a [[question]] or a [[generate]] table"])
        XCTAssertEqual(QuizFixtures.problems(generator("left = 1\ncount = 1\n")), [
            "x.toml:4: generate[1].op: missing; add op = \"…\"",
            "x.toml:4: generate[1].right: missing; add right = [lowest, highest]",
        ])
    }

    func testTooManyQuestionsAskedAndBadMissing() {
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header + "[settings]\nquestions = 5\n[[question]]\nask = \"1 + 1\"\n"),
                       ["x.toml:5: settings.questions: 5 is more than the 1 questions the set makes"])
        XCTAssertEqual(QuizFixtures.problems(generator("op = \"+\"\nleft = 1\nright = 1\ncount = 1\nmissing = \"middle\"\n")),
                       ["x.toml:9: generate[1].missing: expected \"answer\", \"left\" or \"right\", found text \"middle\""])
        XCTAssertEqual(QuizFixtures.problems(generator("op = \"%\"\nleft = 1\nright = 1\ncount = 1\n")),
                       ["x.toml:5: generate[1].op: unknown operation \"%\"; use one of +, -, ×, x, *, ÷, /"])
    }

    func testQuestionWrittenAsASingleTable() {
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header + "[question]\nask = \"1 + 1\"\n"),
                       ["x.toml:4: question: expected [[question]] tables, found a [question] table"])
    }

    func testTOMLSyntaxErrorGivesTheLine() {
        let problems = QuizFixtures.problems(QuizFixtures.header + "[[question]]\nask = \"1 + 1\n")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("x.toml:5: not valid TOML: "), problems[0])
    }

    func testEveryProblemOfAFileIsReportedInFileOrder() {
        let problems = QuizFixtures.problems("""
        title = 5
        description = "Several mistakes."

        [[question]]
        ask = "3 - 5"

        [[generate]]
        op = "+"
        left = [9, 1]
        right = [0, 10]
        count = 2
        max_anwser = 3
        """)
        XCTAssertEqual(problems, [
            "x.toml:1: title: expected text in quotes, or one per language (title.en = \"…\"), found the number 5",
            "x.toml:5: question[1].ask: 3 - 5 is below zero; answers go from 0 to 9999",
            "x.toml:9: generate[1].left: range [9, 1] is empty",
            "x.toml:12: generate[1].max_anwser: unknown key; did you mean max_answer?",
        ])
    }

    func testFilesThatCannotBeReadOrAreNotText() {
        XCTAssertThrowsError(try QuestionSet.load(contentsOf: URL(fileURLWithPath: "/nonexistent/quiz.toml"))) { error in
            XCTAssertEqual("\(error)", "/nonexistent/quiz.toml: no such file")
        }
        XCTAssertThrowsError(try QuestionSet.parse([0x74, 0xFF, 0xFE], file: "bin.toml")) { error in
            XCTAssertEqual("\(error)", "bin.toml: the file is not UTF-8 text")
        }
    }

    func testCarryOverHugeRangesIsRefused() {
        XCTAssertEqual(QuizFixtures.problems(generator("op = \"+\"\nleft = [0, 9999]\nright = [0, 9999]\ncarry = true\ncount = 1\n")),
                       ["x.toml:4: generate[1]: ranges too large for carry (100000000 pairs; at most 2000000)"])
    }

    func testQuestionsThatMightRepeatInASessionAreRefused() {
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header + "[[question]]\nask = \"2 + 3\"\n[[question]]\nask = \"2+3=?\"\n"),
                       ["x.toml:7: question[2].ask: the same question as question[1]: 2 + 3 = ?"])
        // The fixed question 1 + 1 is one of the two this generator can make, so it cannot make two more.
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header + """
        [[question]]
        ask = "1 + 1"

        [[generate]]
        op = "+"
        left = 1
        right = [0, 1]
        count = 2
        """), ["x.toml:7: generate[1]: can make 2 different questions, but up to 1 of them may already be asked by the questions above it, leaving fewer than count 2"])
        // Two generators sharing their questions.
        let shared = QuizFixtures.problems(QuizFixtures.header + """
        [[generate]]
        op = "+"
        left = [0, 1]
        right = [0, 1]
        count = 3

        [[generate]]
        op = "+"
        left = [0, 5]
        right = [0, 1]
        count = 10
        """)
        XCTAssertEqual(shared, ["x.toml:10: generate[2]: can make 12 different questions, but up to 3 of them may already be asked by the questions above it, leaving fewer than count 10"])
        // Generators that cannot make the same question are fine, even with the same operation.
        XCTAssertEqual(QuizFixtures.problems(QuizFixtures.header + """
        [[generate]]
        op = "×"
        left = [0, 10]
        right = 2
        count = 11

        [[generate]]
        op = "×"
        left = [0, 10]
        right = 5
        count = 11

        [[generate]]
        op = "×"
        left = [0, 10]
        right = 2
        missing = "left"
        count = 10
        """), [])
    }
}
