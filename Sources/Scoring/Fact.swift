/// One fact a child practises: a question as it was shown and its answer, e.g. "7 + 8 = ?" and "15".
/// Facts are the same when both texts are; so a fact keeps its history across sets and sessions.
///
/// ```swift
/// let fact = Fact(question: "7 + 8 = ?", expected: "15")
/// ```
public struct Fact: Hashable, Sendable, Codable, CustomStringConvertible {
    public var question: String
    public var expected: String

    public init(question: String, expected: String) {
        self.question = question
        self.expected = expected
    }

    /// "7 + 8 = 15": the question with its answer in place of the `?`.
    public var description: String {
        question.contains("?") ? question.replacingOccurrences(of: "?", with: expected) : "\(question) = \(expected)"
    }
}
