/// How a session of a set runs: the `[settings]` table of a set file. Every key is optional.
///
/// ```toml
/// [settings]
/// questions = 10                # ask 10 of the questions the set makes (default: all)
/// shuffle = true                # default true
/// repeat_missed = 1             # missed questions come back at the end, up to 1 time (default 0)
/// time_limit_per_question = 30  # seconds (default: none)
/// time_limit_per_session = 600  # seconds (default: none)
/// input = "draw-or-type"        # or "draw" (default)
/// feedback = "at-end"           # or "after-each" (default)
/// seed = 42                     # the same session every time (default: a new one each time)
/// practice = 3                  # first up to 3 of the child's facts to learn from this set's earlier lessons
/// ```
public struct QuizSettings: Hashable, Sendable {
    /// How the child may give an answer.
    public enum Input: String, Hashable, Sendable, CaseIterable {
        /// Drawing only (`input = "draw"`).
        case draw = "draw"
        /// Drawing, or typing digits on the keyboard (`input = "draw-or-type"`).
        case drawOrType = "draw-or-type"
    }

    /// When the child learns whether an answer was right.
    public enum Feedback: String, Hashable, Sendable, CaseIterable {
        /// A tick or the correct working after each answer (`feedback = "after-each"`).
        case afterEach = "after-each"
        /// Only on the score screen (`feedback = "at-end"`).
        case atEnd = "at-end"
    }

    /// How many questions a session asks; nil means every question the set makes.
    public var questionCount: Int?
    /// Whether the questions are asked in a random order (otherwise in file order).
    public var shuffle: Bool
    /// How many times a missed question comes back at the end of the session (0: never).
    public var repeatMissed: Int
    /// Seconds allowed per question; nil means no limit.
    public var timeLimitPerQuestion: Int?
    /// Seconds allowed for the whole session; nil means no limit.
    public var timeLimitPerSession: Int?
    /// Drawing only, or drawing or typing.
    public var input: Input
    /// Feedback after each answer or only at the end.
    public var feedback: Feedback
    /// A fixed seed: every session of the set asks the same questions in the same order.
    public var seed: UInt64?
    /// How many of the child's facts still to learn (missed in earlier lessons of this set) a session asks
    /// first, before the set's own questions; 0: none (the default).
    public var practice: Int

    /// The defaults: all questions, shuffled, no repeats, no time limits, draw only, feedback after each.
    public init(questionCount: Int? = nil, shuffle: Bool = true, repeatMissed: Int = 0,
                timeLimitPerQuestion: Int? = nil, timeLimitPerSession: Int? = nil,
                input: Input = .draw, feedback: Feedback = .afterEach, seed: UInt64? = nil, practice: Int = 0) {
        self.questionCount = questionCount
        self.shuffle = shuffle
        self.repeatMissed = repeatMissed
        self.timeLimitPerQuestion = timeLimitPerQuestion
        self.timeLimitPerSession = timeLimitPerSession
        self.input = input
        self.feedback = feedback
        self.seed = seed
        self.practice = practice
    }
}
