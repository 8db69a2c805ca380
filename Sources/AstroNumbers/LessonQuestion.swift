/// One question as a lesson poses it: what the child sees, what they must draw, and the working shown
/// as feedback. Plain values, so the lesson does not depend on how the question set was written.
///
/// ```swift
/// let q = LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15")
/// ```
public struct LessonQuestion: Hashable, Sendable {
    /// Position of the question in the quiz, from 0 (the records' `questionIndex`).
    public var index: Int
    /// The problem as shown in block digits, the unknown written `?`: "7 + 8 = ?", "? + 3 = 7".
    public var prompt: String
    /// The number the child must draw, in decimal: "15".
    public var expected: String
    /// The problem with the unknown filled in, shown as feedback: "7 + 8 = 15".
    public var working: String

    public init(index: Int, prompt: String, expected: String, working: String) {
        self.index = index
        self.prompt = prompt
        self.expected = expected
        self.working = working
    }
}

/// How a lesson runs, from the question set's settings.
///
/// ```swift
/// var rules = LessonRules()
/// rules.repeatMissed = 1            // a missed question comes back once, at the end
/// rules.questionTimeLimit = 30      // seconds
/// ```
public struct LessonRules: Hashable, Sendable {
    /// When the child learns whether an answer was right.
    public enum Feedback: String, Hashable, Sendable {
        /// A tick or the correct working after every answer.
        case afterEachAnswer
        /// Nothing until the score screen.
        case atEnd
    }

    /// How many times a missed question comes back at the end of the lesson (0: never).
    public var repeatMissed: Int
    public var feedback: Feedback
    /// Seconds allowed per question; nil for no limit. A question whose time runs out counts as wrong.
    public var questionTimeLimit: Double?
    /// Seconds allowed for the whole lesson; nil for no limit. When it runs out the lesson ends.
    public var sessionTimeLimit: Double?
    /// Whether the child may type the digits instead of drawing them.
    public var typingAllowed: Bool

    public init(repeatMissed: Int = 0, feedback: Feedback = .afterEachAnswer, questionTimeLimit: Double? = nil,
                sessionTimeLimit: Double? = nil, typingAllowed: Bool = false) {
        self.repeatMissed = repeatMissed
        self.feedback = feedback
        self.questionTimeLimit = questionTimeLimit
        self.sessionTimeLimit = sessionTimeLimit
        self.typingAllowed = typingAllowed
    }
}
