/// One question of a session: an equation `left op right = result` with one number hidden.
///
/// The child draws ``answer``, the hidden number. Every question that exists has exactly one
/// drawable answer: all numbers are whole, from 0 to 9999, divisions are exact, and questions
/// such as `? × 0 = 0` (any number fits) cannot be made.
///
/// ```swift
/// let q = Question(left: 7, op: .add, right: 8, missing: .answer)!
/// q.text     // "7 + 8 = ?"
/// q.answer   // 15
/// q.working  // "7 + 8 = 15", the correct working shown as feedback
/// let m = Question(left: 4, op: .add, right: 3, missing: .left)!
/// m.text     // "? + 3 = 7", m.answer == 4
/// ```
public struct Question: Hashable, Sendable, CustomStringConvertible {
    /// The numbers a child can draw: whole numbers from 0 to 9999.
    public static let drawable: ClosedRange<Int> = 0...9999

    /// The number left of the operation symbol.
    public let left: Int
    /// The operation.
    public let op: Operation
    /// The number right of the operation symbol.
    public let right: Int
    /// The result of `left op right`.
    public let result: Int
    /// Which of the three numbers the child draws.
    public let missing: MissingNumber

    /// Makes a question, or nil when it could not be answered by drawing one whole number from
    /// 0 to 9999 (negative or inexact results, division by zero, several possible answers).
    public init?(left: Int, op: Operation, right: Int, missing: MissingNumber = .answer) {
        guard let result = op.apply(left, right) else { return nil }
        // With these the hidden number could be anything: `? × 0 = 0`, `0 × ? = 0`, `0 ÷ ? = 0`.
        switch (op, missing) {
        case (.multiply, .left) where right == 0: return nil
        case (.multiply, .right) where left == 0: return nil
        case (.divide, .right) where result == 0: return nil
        default: break
        }
        self.left = left
        self.op = op
        self.right = right
        self.result = result
        self.missing = missing
    }

    /// The number the child must draw.
    public var answer: Int {
        switch missing {
        case .answer: return result
        case .left: return left
        case .right: return right
        }
    }

    /// The two operands, left and right of the symbol.
    public var operands: (left: Int, right: Int) { (left, right) }

    /// The question as shown, with `?` for the hidden number: `"7 + 8 = ?"`, `"? + 3 = 7"`.
    public var text: String {
        let l = missing == .left ? "?" : String(left)
        let r = missing == .right ? "?" : String(right)
        let c = missing == .answer ? "?" : String(result)
        return "\(l) \(op.symbol) \(r) = \(c)"
    }

    /// The whole equation, for feedback: `"7 + 8 = 15"`.
    public var working: String { "\(left) \(op.symbol) \(right) = \(result)" }

    public var description: String { text }
}
