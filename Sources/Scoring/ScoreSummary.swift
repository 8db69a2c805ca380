/// Everything the end-of-session score screen shows, computed from the answers of one session.
///
/// A question scores on its first counted attempt (unreadable tries are skipped, never wrong); later
/// attempts are practice and show as `practisedCorrectly`.
///
/// ```swift
/// let summary = try store.summary(of: session)
/// print("\(summary.points)/\(summary.maxPoints) \(summary.percentage)% \(summary.stars)★")
/// for q in summary.missed { print("practise \(q.question) = \(q.expected)") }
/// ```
public struct ScoreSummary: Sendable, Equatable {
    /// One question of the session as the score screen lists it, e.g. "7 + 8 = 15, read 16 ✗".
    public struct Question: Sendable, Equatable {
        public var index: Int
        public var question: String
        public var expected: String
        /// What was read at the first counted attempt; nil if the child never gave a readable answer.
        public var read: String?
        public var isCorrect: Bool
        /// Seconds spent on the first round of this question, unreadable tries included.
        public var seconds: Double
        /// Drawings that could not be read before the counted answer.
        public var unreadableTries: Int
        /// True when a later attempt (trying the missed question again) was right.
        public var practisedCorrectly: Bool
    }

    /// Answered questions, in quiz order.
    public var questions: [Question]
    /// Questions the quiz has, answered or not.
    public var questionCount: Int
    public var points: Int
    public var maxPoints: Int
    public var percentage: Double
    /// 1 to 3.
    public var stars: Int
    /// Seconds spent answering (first round, unreadable tries included).
    public var totalSeconds: Double
    public var secondsPerQuestion: Double

    /// Questions answered wrong (or never readably answered): the ones to practise.
    public var missed: [Question] { questions.filter { !$0.isCorrect } }
    public var correctCount: Int { questions.filter(\.isCorrect).count }

    /// Scores a list of answers (any order) of one session of `questionCount` questions.
    public init(answers: [AnswerRecord], questionCount: Int, rules: ScoringRules = .standard) {
        let byQuestion = Dictionary(grouping: answers, by: \.questionIndex)
        var questions: [Question] = []
        for index in byQuestion.keys.sorted() {
            let tries = (byQuestion[index] ?? []).sorted { $0.attempt < $1.attempt }
            guard let first = tries.first else { continue }
            let firstRound = tries.filter { $0.attempt == first.attempt }
            let counted = firstRound.first { $0.outcome.counts }
            let later = tries.filter { $0.attempt > first.attempt }
            questions.append(Question(
                index: index, question: first.question, expected: first.expected,
                read: counted?.read, isCorrect: counted?.outcome == .correct,
                seconds: firstRound.reduce(0) { $0 + $1.seconds },
                unreadableTries: firstRound.filter { $0.outcome == .unreadable }.count,
                practisedCorrectly: later.contains { $0.outcome == .correct }))
        }
        let total = max(questionCount, questions.count)
        self.questions = questions
        self.questionCount = total
        self.points = questions.filter(\.isCorrect).count * rules.pointsPerCorrectAnswer
        self.maxPoints = total * rules.pointsPerCorrectAnswer
        self.percentage = rules.percentage(points: points, maxPoints: maxPoints)
        self.stars = rules.stars(percentage: percentage)
        self.totalSeconds = questions.reduce(0) { $0 + $1.seconds }
        self.secondsPerQuestion = rules.secondsPerQuestion(totalSeconds: totalSeconds, answered: questions.count)
    }
}
