import EnglishCatalogue
import XCTest
@testable import Quiz

/// Every set in `Quizzes/` parses, and its sessions follow the set's own rules.
final class ShippedSetsTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testTheSetsTheIssueAsksForAreShipped() {
        let names = Set(QuizFixtures.shippedSetURLs.map(\.lastPathComponent))
        for expected in ["default.toml", "addition-to-20.toml", "subtraction-within-20.toml", "times-table-2.toml",
                         "times-table-5.toml", "times-table-10.toml", "times-tables-all.toml", "division-facts.toml",
                         "missing-numbers.toml", "two-digit-addition.toml", "two-digit-addition-carrying.toml"] {
            XCTAssertTrue(names.contains(expected), "Quizzes/\(expected) is missing")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: QuizFixtures.quizzesDirectory.appendingPathComponent("README.md").path))
    }

    func testEveryShippedSetIsValid() {
        let result = QuizReport.check(QuizFixtures.shippedSetURLs)
        XCTAssertTrue(result.allValid, result.text)
        XCTAssertEqual(result.lines.count, QuizFixtures.shippedSetURLs.count)
    }

    /// The complete example in Quizzes/README.md is itself a valid set, using every key.
    func testTheReadmeExampleIsAValidSetWithEveryKey() throws {
        let readme = try String(contentsOf: QuizFixtures.quizzesDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "```toml\n"))
        let end = try XCTUnwrap(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        let set = try QuizFixtures.parse(example)
        XCTAssertEqual(set.settings, QuizSettings(questionCount: 10, shuffle: true, repeatMissed: 1, timeLimitPerQuestion: 30,
                                                  timeLimitPerSession: 600, input: .drawOrType, feedback: .afterEach, seed: 42,
                                                  practice: 3))
        XCTAssertEqual(set.questions.map(\.answer), [15, 4])
        XCTAssertEqual(set.generators.first?.carry, .excluded)
        let keys = QuestionSetParser.topKeys + QuestionSetParser.settingsKeys + QuestionSetParser.questionKeys + QuestionSetParser.generateKeys
        for key in keys {
            XCTAssertTrue(example.contains("\n\(key) =") || example.contains("\n[\(key)]") || example.contains("\n[[\(key)]]"),
                          "the README example does not show \(key)")
        }
    }

    func testEverySessionOfEveryShippedSetFollowsItsRules() throws {
        for url in QuizFixtures.shippedSetURLs {
            let set = try QuestionSet.load(contentsOf: url)
            XCTAssertFalse(set.title.isEmpty, url.lastPathComponent)
            XCTAssertFalse(set.description.isEmpty, url.lastPathComponent)
            XCTAssertEqual(set.contentHash.count, 64)
            for seed in UInt64(0)..<40 {
                let session = set.session(seed: seed)
                XCTAssertEqual(session.count, set.sessionLength, "\(url.lastPathComponent) seed \(seed)")
                XCTAssertEqual(Set(session).count, session.count, "\(url.lastPathComponent) seed \(seed) repeats a question")
                for question in session {
                    XCTAssertTrue(Question.drawable.contains(question.answer))
                    XCTAssertEqual(question.op.apply(question.left, question.right), question.result, question.working)
                    let fromFile = set.questions.contains(question)
                    let fromGenerator = set.generators.contains { Self.generator($0, couldMake: question) }
                    XCTAssertTrue(fromFile || fromGenerator, "\(url.lastPathComponent): \(question.working) breaks the set's rules")
                }
            }
        }
    }

    func testTheDefaultSetIsSumsAndDifferencesToTen() throws {
        let url = QuizFixtures.quizzesDirectory.appendingPathComponent(QuestionSet.defaultFileName)
        let set = try QuestionSet.load(contentsOf: url)
        for seed in UInt64(0)..<50 {
            let session = set.session(seed: seed)
            XCTAssertEqual(session.count, 10)
            for q in session {
                XCTAssertTrue(q.op == .add || q.op == .subtract)
                XCTAssertTrue([q.left, q.right, q.result].allSatisfy { (0...10).contains($0) }, q.working)
            }
        }
        // Both kinds appear over a few sessions.
        let ops = Set((UInt64(0)..<10).flatMap { set.session(seed: $0) }.map(\.op))
        XCTAssertEqual(ops, [.add, .subtract])
    }

    func testTwoDigitSetsCarryOrNotAsTheirTitleSays() throws {
        let without = try QuestionSet.load(contentsOf: QuizFixtures.quizzesDirectory.appendingPathComponent("two-digit-addition.toml"))
        let with = try QuestionSet.load(contentsOf: QuizFixtures.quizzesDirectory.appendingPathComponent("two-digit-addition-carrying.toml"))
        for seed in UInt64(0)..<30 {
            for q in without.session(seed: seed) {
                XCTAssertTrue((10...99).contains(q.left) && (10...99).contains(q.right))
                XCTAssertLessThan(q.left % 10 + q.right % 10, 10, q.working)
                XCTAssertLessThan(q.left / 10 + q.right / 10, 10, q.working)
            }
            for q in with.session(seed: seed) {
                XCTAssertTrue(q.left % 10 + q.right % 10 >= 10 || q.left / 10 + q.right / 10 >= 10, q.working)
            }
        }
    }

    /// Whether `question` is one that `generator` may produce: operation, ranges, limit, hidden number, carry.
    static func generator(_ g: QuestionGenerator, couldMake q: Question) -> Bool {
        guard q.op == g.op, g.left.contains(q.left), g.right.contains(q.right), g.missing.contains(q.missing) else { return false }
        if let max = g.maxAnswer, q.result > max { return false }
        switch g.carry {
        case .required?: return q.op == .add ? CandidateSpace.carries(q.left, q.right) : CandidateSpace.borrows(q.left, q.right)
        case .excluded?: return q.op == .add ? !CandidateSpace.carries(q.left, q.right) : !CandidateSpace.borrows(q.left, q.right)
        case nil: return true
        }
    }
}
