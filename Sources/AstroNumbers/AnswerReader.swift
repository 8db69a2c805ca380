import Ink

/// What the engine made of a drawing: the answer (nil when unreadable) and, per digit, the ten
/// probabilities the network gave, as the records keep them.
///
/// ```swift
/// let reading = reader.read(drawing)
/// reading.answer            // "15", or nil: ask the child to draw it again
/// ```
public struct DrawnAnswer: Hashable, Sendable {
    public var answer: String?
    public var digitProbabilities: [[Double]]

    public init(answer: String?, digitProbabilities: [[Double]] = []) {
        self.answer = answer
        self.digitProbabilities = digitProbabilities
    }

    /// The reading of an empty canvas.
    public static let nothing = DrawnAnswer(answer: nil)
}

/// Reads a drawing. The question screen calls it after every stroke; tests give it a stand-in.
///
/// ```swift
/// struct Always15: AnswerReader { func read(_ d: Drawing) -> DrawnAnswer { DrawnAnswer(answer: "15") } }
/// ```
public protocol AnswerReader {
    func read(_ drawing: Drawing) -> DrawnAnswer
}
