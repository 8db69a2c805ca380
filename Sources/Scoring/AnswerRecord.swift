import Foundation

/// One submitted answer, exactly as it is written to the records the moment the child submits it.
///
/// Plain values only, so the screens can build one without the scoring module knowing about ink or quizzes:
///
/// ```swift
/// let answer = AnswerRecord(questionIndex: 2, question: "7 + 8", expected: "15", read: "15",
///                           digitProbabilities: [[0, 0.97, 0.01, 0, 0, 0, 0, 0.02, 0, 0],
///                                                [0, 0, 0, 0.03, 0, 0.95, 0.02, 0, 0, 0]],
///                           strokes: [[PenPoint(x: 1, y: 2), PenPoint(x: 1, y: 9)]],
///                           input: .drawn, seconds: 4.2)
/// try store.record(answer, in: session)
/// ```
public struct AnswerRecord: Sendable, Equatable, Codable {
    /// Position of the question in the quiz, from 0.
    public var questionIndex: Int
    /// The question as shown, e.g. "7 + 8".
    public var question: String
    /// The expected answer, e.g. "15".
    public var expected: String
    /// What the engine read (or the child typed); nil when nothing could be read.
    public var read: String?
    /// For each digit read, the ten class probabilities (digit 0 to 9) the network gave.
    public var digitProbabilities: [[Double]]
    /// The strokes as drawn, in canvas coordinates; empty for typed answers.
    public var strokes: [[PenPoint]]
    /// Whether the answer was drawn or typed.
    public var input: InputMethod
    /// Seconds from the question appearing (or the previous try) to this submission.
    public var seconds: Double
    /// 1 for the first answer to a question; 2, 3… when the child tries a missed question again.
    public var attempt: Int
    /// Right, wrong, or unreadable (a retry after an unreadable drawing never counts as wrong).
    public var outcome: AnswerOutcome

    /// Makes an answer; `outcome` defaults to comparing `read` with `expected` (nil `read` = unreadable).
    public init(questionIndex: Int, question: String, expected: String, read: String?,
                digitProbabilities: [[Double]] = [], strokes: [[PenPoint]] = [],
                input: InputMethod, seconds: Double, attempt: Int = 1, outcome: AnswerOutcome? = nil) {
        self.questionIndex = questionIndex
        self.question = question
        self.expected = expected
        self.read = read
        self.digitProbabilities = digitProbabilities
        self.strokes = strokes
        self.input = input
        self.seconds = seconds
        self.attempt = attempt
        self.outcome = outcome ?? AnswerOutcome(read: read, expected: expected)
    }
}

/// How an answer was given: `.drawn` with the mouse, or `.typed` on the keyboard (when the set allows it).
public enum InputMethod: String, Sendable, Codable, CaseIterable {
    case drawn
    case typed
}

/// Whether an answer scores. `unreadable` answers are kept for the teacher but never count as wrong.
public enum AnswerOutcome: String, Sendable, Codable, CaseIterable {
    case correct
    case wrong
    case unreadable

    /// Compares what was read with what was expected, ignoring surrounding spaces.
    ///
    /// ```swift
    /// AnswerOutcome(read: "15", expected: "15")   // .correct
    /// AnswerOutcome(read: nil, expected: "15")    // .unreadable
    /// ```
    public init(read: String?, expected: String) {
        guard let read = read?.trimmingCharacters(in: .whitespaces), !read.isEmpty else {
            self = .unreadable
            return
        }
        self = read == expected.trimmingCharacters(in: .whitespaces) ? .correct : .wrong
    }

    /// True for answers that count towards the score (right or wrong).
    public var counts: Bool { self != .unreadable }
}

/// One sampled pen position, in canvas coordinates; `t` is milliseconds since the stroke began, if known.
///
/// Encoded compactly in JSON as `[x, y]` or `[x, y, t]`.
///
/// ```swift
/// let stroke = [PenPoint(x: 3, y: 1, t: 0), PenPoint(x: 3, y: 9, t: 120)]   // a "1"
/// ```
public struct PenPoint: Sendable, Equatable, Codable {
    public var x: Double
    public var y: Double
    public var t: Double?

    public init(x: Double, y: Double, t: Double? = nil) {
        self.x = x
        self.y = y
        self.t = t
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x = try container.decode(Double.self)
        y = try container.decode(Double.self)
        t = container.isAtEnd ? nil : try container.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(x)
        try container.encode(y)
        if let t { try container.encode(t) }
    }
}
