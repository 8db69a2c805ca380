import Foundation

/// One of the four operations a question can ask about.
///
/// A teacher may write `+`, `-` (or `−`), `×` (or `x`, `*`) and `÷` (or `/`, `:`) in a set;
/// questions are always shown with the symbols below.
///
/// ```swift
/// Operation(symbol: "x")        // .multiply
/// Operation.divide.apply(12, 3) // 4
/// Operation.divide.apply(7, 2)  // nil: 7 ÷ 2 is not a whole number
/// ```
public enum Operation: String, CaseIterable, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "×"
    case divide = "÷"

    /// The symbol shown to the child: `+`, `-`, `×` or `÷`.
    public var symbol: String { rawValue }

    /// Every spelling a teacher may use in a set, for messages.
    static let spellings = "+, -, ×, x, *, ÷, /"

    /// Reads any accepted spelling of an operation; nil for anything else.
    public init?(symbol: String) {
        switch symbol.trimmingCharacters(in: .whitespaces) {
        case "+": self = .add
        case "-", "−", "–": self = .subtract
        case "×", "x", "X", "*", "·": self = .multiply
        case "÷", "/", ":": self = .divide
        default: return nil
        }
    }

    /// The result of `left op right` when a child can draw it (a whole number from 0 to 9999),
    /// otherwise nil: negative differences, inexact or by-zero divisions and results above 9999.
    ///
    /// ```swift
    /// Operation.subtract.apply(3, 5) // nil
    /// Operation.add.apply(7, 8)      // 15
    /// ```
    public func apply(_ left: Int, _ right: Int) -> Int? {
        guard Question.drawable.contains(left), Question.drawable.contains(right) else { return nil }
        let result: Int
        switch self {
        case .add: result = left + right
        case .subtract: result = left - right
        case .multiply: result = left * right
        case .divide:
            guard right != 0, left % right == 0 else { return nil }
            result = left / right
        }
        return Question.drawable.contains(result) ? result : nil
    }
}
