import Basics
import EnglishCatalogue
import XCTest
@testable import Quiz

/// Generated questions, over many random generators and seeds, stay in their ranges and can be drawn.
final class GeneratorPropertyTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    /// A random generator description; ranges are kept modest so exhaustive counting stays fast.
    private func randomGenerator(_ rng: inout SeededGenerator) -> QuestionGenerator {
        func range(_ limit: Int) -> ClosedRange<Int> {
            let a = rng.next(below: limit + 1), b = rng.next(below: limit + 1)
            return min(a, b)...max(a, b)
        }
        let op = Operation.allCases[rng.next(below: 4)]
        let limit = [10, 20, 100, 9999][rng.next(below: 4)]
        var missing = MissingNumber.allCases.filter { _ in rng.next(below: 2) == 0 }
        if missing.isEmpty { missing = [.answer] }
        let carry: QuestionGenerator.Carry? = (op == .add || op == .subtract) && limit <= 100
            ? [nil, .required, .excluded][rng.next(below: 3)] : nil
        return QuestionGenerator(op: op, left: range(limit), right: range(limit),
                                 maxAnswer: rng.next(below: 2) == 0 ? nil : rng.next(below: limit * 2 + 1),
                                 count: 1 + rng.next(below: 15), missing: missing, carry: carry)
    }

    func testGeneratedQuestionsAreInRangeDistinctAndDrawable() throws {
        var meta = SeededGenerator(seed: 2026)
        var checkedGenerators = 0
        for _ in 0..<400 {
            let g = randomGenerator(&meta)
            let available = try g.availableQuestions()
            for seed in UInt64(0)..<5 {
                var rng = SeededGenerator(seed: seed)
                guard available >= g.count else {
                    XCTAssertThrowsError(try g.generate(using: &rng))
                    continue
                }
                let questions = try g.generate(using: &rng)
                XCTAssertEqual(questions.count, g.count)
                XCTAssertEqual(Set(questions).count, questions.count, "questions repeat")
                for q in questions {
                    XCTAssertTrue(ShippedSetsTests.generator(g, couldMake: q), "\(g) made \(q.working)")
                    for n in [q.left, q.right, q.result] { XCTAssertTrue(Question.drawable.contains(n)) }
                    XCTAssertEqual(q.op.apply(q.left, q.right), q.result)
                    if q.op == .divide { XCTAssertEqual(q.result * q.right, q.left) }
                    // The text shows exactly one ?, in the place of the hidden number.
                    XCTAssertEqual(q.text.filter { $0 == "?" }.count, 1)
                }
            }
            if available >= g.count { checkedGenerators += 1 }
        }
        XCTAssertGreaterThan(checkedGenerators, 150, "too few random generators were feasible to test anything")
    }

    /// The counting of candidates agrees with brute force over every pair of operands.
    func testAvailableQuestionsMatchesBruteForce() throws {
        var meta = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            var g = randomGenerator(&meta)
            g.left = g.left.lowerBound...min(g.left.upperBound, g.left.lowerBound + 40)
            g.right = g.right.lowerBound...min(g.right.upperBound, g.right.lowerBound + 40)
            var expected = 0
            for l in g.left {
                for r in g.right {
                    for m in Set(g.missing) {
                        if let q = Question(left: l, op: g.op, right: r, missing: m), ShippedSetsTests.generator(g, couldMake: q) {
                            expected += 1
                        }
                    }
                }
            }
            XCTAssertEqual(try g.availableQuestions(), expected, "\(g)")
        }
    }

    func testWhenCountEqualsAvailableEveryQuestionIsMadeOnce() throws {
        let g = QuestionGenerator(op: .multiply, left: 0...10, right: 7...7, count: 11)
        var rng = SeededGenerator(seed: 3)
        let questions = try g.generate(using: &rng)
        XCTAssertEqual(Set(questions.map(\.left)), Set(0...10))
    }

    func testLargeRangesAreSampledWithoutListingEveryPair() throws {
        let g = QuestionGenerator(op: .add, left: 0...9999, right: 0...9999, count: 1000)
        XCTAssertEqual(try g.availableQuestions(), 10000 * 10001 / 2)
        var rng = SeededGenerator(seed: 1)
        let questions = try g.generate(using: &rng)
        XCTAssertEqual(Set(questions).count, 1000)
        XCTAssertTrue(questions.allSatisfy { $0.result <= 9999 })
    }

    func testDivisionLeavesOutZeroDivisorsAndAmbiguousQuestions() throws {
        let g = QuestionGenerator(op: .divide, left: 0...20, right: 0...5, count: 1, missing: [.right])
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<50 {
            let q = try XCTUnwrap(g.generate(using: &rng).first)
            XCTAssertNotEqual(q.right, 0)
            XCTAssertNotEqual(q.result, 0, "0 ÷ ? = 0 has many answers")
        }
    }

    func testCarryRules() {
        XCTAssertTrue(CandidateSpace.carries(27, 45))
        XCTAssertTrue(CandidateSpace.carries(50, 60))
        XCTAssertFalse(CandidateSpace.carries(23, 45))
        XCTAssertTrue(CandidateSpace.borrows(52, 27))
        XCTAssertFalse(CandidateSpace.borrows(57, 23))
        XCTAssertTrue(CandidateSpace.borrows(105, 10))
    }
}
