import Basics
import Messages

/// A `[[generate]]` table: makes `count` different questions at random from operand ranges.
///
/// Only questions a child can draw are made (see ``Question``); divisions by zero and inexact
/// divisions are left out, so `right = [0, 10]` is fine for `÷`.
///
/// ```swift
/// let tables = QuestionGenerator(op: .multiply, left: 2...2, right: 0...10, count: 11)
/// var rng = SeededGenerator(seed: 1)
/// let questions = try tables.generate(using: &rng) // 2 × 0 … 2 × 10, in a random order
/// ```
public struct QuestionGenerator: Hashable, Sendable {
    /// Whether questions must (or must not) carry or borrow in column arithmetic.
    public enum Carry: Hashable, Sendable {
        /// Only questions where some column carries (`+`) or borrows (`-`): `carry = true`.
        case required
        /// Only questions where no column carries or borrows: `carry = false`.
        case excluded
    }

    /// The operation.
    public var op: Operation
    /// Values of the left number (the number before the symbol).
    public var left: ClosedRange<Int>
    /// Values of the right number.
    public var right: ClosedRange<Int>
    /// The largest result allowed (the result of `left op right`, whichever number is hidden).
    public var maxAnswer: Int?
    /// How many different questions to make.
    public var count: Int
    /// Which numbers may be hidden; each question hides one of them.
    public var missing: [MissingNumber]
    /// Carrying or borrowing constraint, for `+` and `-` only; nil means either.
    public var carry: Carry?
    /// A fixed seed: this generator makes the same questions in every session.
    public var seed: UInt64?

    public init(op: Operation, left: ClosedRange<Int>, right: ClosedRange<Int>, maxAnswer: Int? = nil,
                count: Int, missing: [MissingNumber] = [.answer], carry: Carry? = nil, seed: UInt64? = nil) {
        self.op = op
        self.left = left
        self.right = right
        self.maxAnswer = maxAnswer
        self.count = count
        self.missing = missing
        self.carry = carry
        self.seed = seed
    }

    /// The most pairs of operands examined one by one when `carry` is set (larger ranges are refused).
    public static let carryScanLimit = 2_000_000

    /// Why a generator cannot make its questions.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Only `available` different questions fit the ranges and limits.
        case tooFew(available: Int, count: Int)
        /// `carry` needs every pair examined, and there are too many.
        case tooLargeForCarry(pairs: Int)
        /// `available` questions fit, but up to `taken` of them may already be asked before this generator.
        case overlap(available: Int, taken: Int, count: Int)

        public var description: String {
            switch self {
            case .tooFew(0, _):
                return tr("generate.none-fits")
            case let .tooFew(available, count):
                return tr("generate.too-few", count: available, ["wanted": count])
            case let .overlap(available, taken, count):
                return tr("generate.overlap", ["available": available, "taken": taken, "wanted": count])
            case let .tooLargeForCarry(pairs):
                return tr("generate.carry-too-large", ["pairs": pairs, "limit": QuestionGenerator.carryScanLimit])
            }
        }
    }

    /// How many different questions this generator can make.
    public func availableQuestions() throws -> Int { try CandidateSpace(self).total }

    /// `count` different questions, drawn uniformly from every question that fits.
    public func generate(using rng: inout SeededGenerator) throws -> [Question] {
        try generate(using: &rng, excluding: [])
    }

    /// `count` different questions, none of them in `excluded` (questions the session already asks),
    /// drawn uniformly from every other question that fits.
    public func generate(using rng: inout SeededGenerator, excluding excluded: Set<Question>) throws -> [Question] {
        let space = try CandidateSpace(self)
        let taken = excluded.filter(canMake).count
        guard space.total - taken >= count else {
            throw taken == 0 ? Failure.tooFew(available: space.total, count: count)
                             : Failure.overlap(available: space.total, taken: taken, count: count)
        }
        var picked: [Question] = []
        if (count + taken) * 2 >= space.total {
            // Few candidates: shuffle them all and take the first ones not already asked.
            var all = Array(0..<space.total)
            rng.shuffle(&all)
            for index in all where picked.count < count {
                if let q = space.question(at: index), !excluded.contains(q) { picked.append(q) }
            }
        } else {
            // Many candidates: draw and skip repeats (at most half are taken, so this ends quickly).
            var seen = Set<Int>()
            while picked.count < count {
                let index = rng.next(below: space.total)
                guard seen.insert(index).inserted, let q = space.question(at: index), !excluded.contains(q) else { continue }
                picked.append(q)
            }
        }
        return picked
    }

    /// Whether this generator could make `question`: same operation, numbers in range, result at most
    /// `maxAnswer`, an allowed hidden number, and the carry rule.
    ///
    /// ```swift
    /// let g = QuestionGenerator(op: .add, left: 0...10, right: 0...10, maxAnswer: 10, count: 5)
    /// g.canMake(Question(left: 3, op: .add, right: 4)!) // true
    /// ```
    public func canMake(_ q: Question) -> Bool {
        guard q.op == op, left.contains(q.left), right.contains(q.right), missing.contains(q.missing) else { return false }
        if let maxAnswer, q.result > maxAnswer { return false }
        guard let carry, op == .add || op == .subtract else { return true }
        let carries = op == .add ? CandidateSpace.carries(q.left, q.right) : CandidateSpace.borrows(q.left, q.right)
        return carries == (carry == .required)
    }

    /// The generator of the questions both `self` and `other` can make, or nil if there are none.
    func intersection(with other: QuestionGenerator) -> QuestionGenerator? {
        guard op == other.op,
              left.overlaps(other.left), right.overlaps(other.right) else { return nil }
        let missing = self.missing.filter(other.missing.contains)
        guard !missing.isEmpty else { return nil }
        if let a = carry, let b = other.carry, a != b { return nil }
        let maxAnswer = [self.maxAnswer, other.maxAnswer].compactMap { $0 }.min()
        return QuestionGenerator(op: op, left: left.clamped(to: other.left), right: right.clamped(to: other.right),
                                 maxAnswer: maxAnswer, count: 1, missing: missing, carry: carry ?? other.carry)
    }

    /// At most how many of the questions made before this generator (fixed `questions`, then
    /// `earlier` generators) it could also make: those are left out so a session never repeats itself.
    func possibleOverlap(questions: [Question], earlier: [QuestionGenerator]) -> Int {
        Set(questions).filter(canMake).count + earlier.reduce(0) { sum, g in
            sum + min(g.count, (try? g.intersection(with: self)?.availableQuestions()) ?? 0)
        }
    }
}

/// Every question a generator can make, as runs of consecutive values, so ranges up to
/// 0…9999 are counted and sampled without listing millions of questions.
///
/// For `+`, `-`, `×` a run fixes the left number and spans right numbers; for `÷` it fixes the
/// divisor and spans quotients (so every division is exact by construction).
struct CandidateSpace {
    struct Run {
        let missing: MissingNumber
        let fixed: Int
        let low: Int
        let high: Int
    }

    let op: Operation
    private(set) var runs: [Run] = []
    private(set) var ends: [Int] = []  // ends[i]: number of candidates in runs[0...i]
    var total: Int { ends.last ?? 0 }

    init(_ g: QuestionGenerator) throws {
        op = g.op
        let maxResult = min(g.maxAnswer ?? Question.drawable.upperBound, Question.drawable.upperBound)
        let left = g.left.clamped(to: Question.drawable)
        let right = g.right.clamped(to: Question.drawable)
        if g.carry != nil, left.count * right.count > QuestionGenerator.carryScanLimit {
            throw QuestionGenerator.Failure.tooLargeForCarry(pairs: left.count * right.count)
        }
        for missing in Set(g.missing).sorted(by: { $0.rawValue < $1.rawValue }) {
            // Leave out questions whose hidden number could be anything (see Question.init).
            var l = left, r = right, minQuotient = 0
            switch (g.op, missing) {
            case (.multiply, .left): if r.lowerBound == 0 { guard r.upperBound >= 1 else { continue }; r = 1...r.upperBound }
            case (.multiply, .right): if l.lowerBound == 0 { guard l.upperBound >= 1 else { continue }; l = 1...l.upperBound }
            case (.divide, .right): minQuotient = 1
            default: break
            }
            switch g.op {
            case .add:
                for a in l { add(missing, a, r.lowerBound, min(r.upperBound, maxResult - a), g) }
            case .subtract:
                for a in l { add(missing, a, max(r.lowerBound, a - maxResult), min(r.upperBound, a), g) }
            case .multiply:
                for a in l { add(missing, a, r.lowerBound, a == 0 ? r.upperBound : min(r.upperBound, maxResult / a), g) }
            case .divide:
                for divisor in max(r.lowerBound, 1)...max(r.upperBound, 1) where divisor <= r.upperBound {
                    let low = max((l.lowerBound + divisor - 1) / divisor, minQuotient)
                    add(missing, divisor, low, min(l.upperBound / divisor, maxResult), g)
                }
            }
        }
    }

    /// Adds the candidates `fixed` × `low...high`, split into runs that meet the carry rule.
    private mutating func add(_ missing: MissingNumber, _ fixed: Int, _ low: Int, _ high: Int, _ g: QuestionGenerator) {
        guard low <= high else { return }
        guard let carry = g.carry else { return append(Run(missing: missing, fixed: fixed, low: low, high: high)) }
        var start: Int?
        for value in low...high {
            let carries = g.op == .add ? Self.carries(fixed, value) : Self.borrows(fixed, value)
            if carries == (carry == .required) {
                if start == nil { start = value }
            } else if let s = start {
                append(Run(missing: missing, fixed: fixed, low: s, high: value - 1))
                start = nil
            }
        }
        if let s = start { append(Run(missing: missing, fixed: fixed, low: s, high: high)) }
    }

    private mutating func append(_ run: Run) {
        runs.append(run)
        ends.append(total + run.high - run.low + 1)
    }

    /// The `index`-th candidate (0 ≤ index < total).
    func question(at index: Int) -> Question? {
        guard index >= 0, index < total else { return nil }
        var low = 0, high = ends.count - 1  // first run whose end exceeds index
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] > index { high = mid } else { low = mid + 1 }
        }
        let run = runs[low]
        let value = run.high - (ends[low] - 1 - index)
        if op == .divide {
            return Question(left: value * run.fixed, op: op, right: run.fixed, missing: run.missing)
        }
        return Question(left: run.fixed, op: op, right: value, missing: run.missing)
    }

    /// Whether written addition of `a` and `b` carries in some column.
    static func carries(_ a: Int, _ b: Int) -> Bool {
        var a = a, b = b, carry = 0
        while a > 0 || b > 0 {
            carry = (a % 10 + b % 10 + carry) >= 10 ? 1 : 0
            if carry == 1 { return true }
            a /= 10
            b /= 10
        }
        return false
    }

    /// Whether written subtraction `a - b` (a ≥ b) borrows in some column.
    static func borrows(_ a: Int, _ b: Int) -> Bool {
        var a = a, b = b
        while b > 0 {
            if a % 10 < b % 10 { return true }
            a /= 10
            b /= 10
        }
        return false
    }
}
