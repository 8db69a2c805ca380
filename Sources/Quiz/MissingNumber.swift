/// Which number of `left op right = result` the child draws.
///
/// ```swift
/// // .answer: "7 + 8 = ?"   .left: "? + 8 = 15"   .right: "7 + ? = 15"
/// MissingNumber(rawValue: "left") // .left
/// ```
public enum MissingNumber: String, CaseIterable, Hashable, Sendable {
    case answer
    case left
    case right
}
