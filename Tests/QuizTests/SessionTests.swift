import EnglishCatalogue
import XCTest
@testable import Quiz

/// Sessions: repeatable for a seed, sized and ordered by the settings.
final class SessionTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let mixed = QuizFixtures.header + """
    [settings]
    questions = 8

    [[question]]
    ask = "7 + 8"

    [[generate]]
    op = "+"
    left = [0, 50]
    right = [0, 50]
    count = 10

    [[generate]]
    op = "x"
    left = [0, 10]
    right = [0, 10]
    count = 5
    """

    func testTheSameSeedGivesTheSameSession() throws {
        let set = try QuizFixtures.parse(mixed)
        XCTAssertEqual(set.session(seed: 42), set.session(seed: 42))
        // And a reloaded set too: nothing depends on the process.
        XCTAssertEqual(try QuizFixtures.parse(mixed).session(seed: 42), set.session(seed: 42))
        let sessions = Set((UInt64(0)..<10).map { set.session(seed: $0).map(\.text).joined(separator: ",") })
        XCTAssertGreaterThan(sessions.count, 5, "different seeds should give different sessions")
    }

    /// A seed's session is pinned, not only repeatable: records store a session's seed and `--resume` remakes
    /// the very same questions from it, so the generator and its streams must never change what they draw.
    func testASeedGivesTheSessionItAlwaysGave() throws {
        let set = try QuizFixtures.parse(mixed)
        XCTAssertEqual(set.session(seed: 42).map(\.text),
                       ["25 + 15 = ?", "7 + 8 = ?", "8 + 32 = ?", "2 × 4 = ?", "0 × 5 = ?", "9 × 3 = ?", "30 + 12 = ?", "28 + 46 = ?"])
        XCTAssertEqual(set.session(seed: 7).map(\.text),
                       ["33 + 4 = ?", "4 × 2 = ?", "6 + 1 = ?", "7 + 8 = ?", "8 × 9 = ?", "48 + 6 = ?", "42 + 24 = ?", "4 × 6 = ?"])
    }

    func testQuestionsSettingTakesThatManyFromAllTheSetMakes() throws {
        let set = try QuizFixtures.parse(mixed)
        XCTAssertEqual(set.availableQuestions, 16)
        XCTAssertEqual(set.sessionLength, 8)
        XCTAssertEqual(set.session(seed: 1).count, 8)
    }

    func testWithoutShuffleFixedQuestionsComeFirstInFileOrder() throws {
        let set = try QuizFixtures.parse(QuizFixtures.header + """
        [settings]
        shuffle = false

        [[question]]
        ask = "1 + 1"

        [[question]]
        ask = "? - 2 = 3"

        [[generate]]
        op = "-"
        left = 9
        right = [0, 9]
        count = 10
        """)
        let session = set.session(seed: 9)
        XCTAssertEqual(session.prefix(2).map(\.text), ["1 + 1 = ?", "? - 2 = 3"])
        XCTAssertEqual(session.count, 12)
        XCTAssertEqual(Set(session.dropFirst(2).map(\.right)), Set(0...9))
    }

    func testAGeneratorSeedPinsItsQuestionsAndTheSetSeedPinsTheSession() throws {
        let pinned = try QuizFixtures.parse(QuizFixtures.header + """
        [settings]
        shuffle = false

        [[generate]]
        op = "+"
        left = [0, 100]
        right = [0, 100]
        count = 5
        seed = 11
        """)
        XCTAssertEqual(pinned.session(seed: 1), pinned.session(seed: 2))
        let whole = try QuizFixtures.parse(QuizFixtures.header + """
        [settings]
        seed = 5

        [[generate]]
        op = "+"
        left = [0, 100]
        right = [0, 100]
        count = 5
        """)
        XCTAssertEqual(whole.newSeed(), 5)
        XCTAssertEqual(whole.session(), whole.session(seed: 5))
    }

    func testSettingsAreRead() throws {
        let set = try QuizFixtures.parse("""
        title = "Timed"
        description = "All the settings."
        grade = "Year 3"

        [settings]
        questions = 3
        shuffle = false
        repeat_missed = 2
        time_limit_per_question = 30
        time_limit_per_session = 600
        input = "draw-or-type"
        feedback = "at-end"
        seed = 99
        practice = 2

        [[generate]]
        op = "÷"
        left = [0, 100]
        right = [1, 10]
        count = 3
        """)
        XCTAssertEqual(set.grade, "Year 3")
        XCTAssertEqual(set.settings, QuizSettings(questionCount: 3, shuffle: false, repeatMissed: 2, timeLimitPerQuestion: 30,
                                                  timeLimitPerSession: 600, input: .drawOrType, feedback: .atEnd, seed: 99,
                                                  practice: 2))
        let defaults = try QuizFixtures.parse(QuizFixtures.header + "[[question]]\nask = \"1 + 2\"\n")
        XCTAssertEqual(defaults.settings, QuizSettings())
        XCTAssertNil(defaults.grade)
        XCTAssertEqual(defaults.name, "x")
    }

    func testSetsMadeInCodeAreCheckedToo() throws {
        XCTAssertThrowsError(try QuestionSet(title: "Too many", generators: [
            QuestionGenerator(op: .add, left: 0...1, right: 0...1, count: 5),
        ]))
        let set = try QuestionSet(title: "Pairs", questions: [Question(left: 2, op: .add, right: 2)!])
        XCTAssertEqual(set.session(seed: 0).map(\.answer), [4])
    }

    func testContentHashIsSHA256OfTheFileBytes() throws {
        let set = try QuizFixtures.parse(mixed)
        XCTAssertEqual(set.contentHash, SHA256.hex(of: Array(mixed.utf8)))
        XCTAssertNotEqual(try QuizFixtures.parse(mixed + "\n").contentHash, set.contentHash)
    }

    func testASessionNeverAsksTheSameQuestionTwice() throws {
        // The generator's 4 questions include the fixed one; it must make the other 3.
        let set = try QuizFixtures.parse(QuizFixtures.header + """
        [[question]]
        ask = "1 + 1"

        [[generate]]
        op = "+"
        left = [0, 1]
        right = [0, 1]
        count = 3
        """)
        for seed in UInt64(0)..<20 {
            XCTAssertEqual(Set(set.session(seed: seed).map(\.text)), ["1 + 1 = ?", "0 + 0 = ?", "0 + 1 = ?", "1 + 0 = ?"])
        }
    }
}
