import Ink

/// What the engine made of a drawing: the answer (nil when unreadable), per digit the ten probabilities the
/// network gave, as the records keep them, and which strokes were read as which digit (the question screen
/// shows each digit's ink in its own colour).
///
/// ```swift
/// let reading = reader.read(drawing)
/// reading.answer            // "15", or nil: ask the child to draw it again
/// ```
public struct DrawnAnswer: Hashable, Sendable {
    public var answer: String?
    public var digitProbabilities: [[Double]]
    /// For each digit read, left to right, the indices of its strokes in the drawing (empty when nothing was
    /// read); strokes in none of them were ignored (stray dots).
    public var digitStrokes: [[Int]]

    public init(answer: String?, digitProbabilities: [[Double]] = [], digitStrokes: [[Int]] = []) {
        self.answer = answer
        self.digitProbabilities = digitProbabilities
        self.digitStrokes = digitStrokes
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
