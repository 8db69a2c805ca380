import Foundation

/// The class at one moment of a lesson, for the teacher's live view (`astro-numbers class`): one row per
/// child with the child's latest session today, and the questions most missed so far today.
///
/// Built by ``RecordReader/classSnapshot(_:)`` from a read-only connection, or from sessions directly:
///
/// ```swift
/// let snapshot = try reader.classSnapshot(ClassFilter(since: ClassFilter.startOfToday()))
/// for child in snapshot.children {
///     print(child.student, "\(child.answered) of \(child.questionCount)", child.state)
/// }
/// ```
public struct ClassSnapshot: Sendable, Equatable {
    /// Where a child stands in the latest session.
    public enum State: String, Sendable, Equatable, CaseIterable {
        /// Answering: the last answer (or the start) is recent.
        case answering
        /// In progress, but no answer for longer than ``ClassFilter/stuckAfter``.
        case stuck
        /// Left before the end (quit, or the program was closed or killed); the child can `--resume`.
        case stopped
        /// Reached the score screen.
        case finished
    }

    /// One child's row: the child's latest session in the snapshot's period.
    public struct Child: Sendable, Equatable {
        public var student: String
        public var session: SessionID
        public var quizTitle: String
        public var startedAt: Date
        /// Questions with a counted (right or wrong) answer.
        public var answered: Int
        /// Questions the session asks.
        public var questionCount: Int
        /// Questions right at the first counted answer.
        public var correct: Int
        public var points: Int
        /// When the latest answer (unreadable tries included) was committed; nil before the first.
        public var lastAnswerAt: Date?
        public var state: State
        /// Sessions of this child in the period, this one included.
        public var sessionsInPeriod: Int
        /// The session's answers in the order given (without ink), for the child's detail view.
        public var answers: [AnswerRecord]
        /// The session scored so far (the score screen's view of it).
        public var summary: ScoreSummary

        public init(student: String, session: SessionID, quizTitle: String, startedAt: Date, answered: Int,
                    questionCount: Int, correct: Int, points: Int, lastAnswerAt: Date?, state: State,
                    sessionsInPeriod: Int, answers: [AnswerRecord], summary: ScoreSummary) {
            self.student = student
            self.session = session
            self.quizTitle = quizTitle
            self.startedAt = startedAt
            self.answered = answered
            self.questionCount = questionCount
            self.correct = correct
            self.points = points
            self.lastAnswerAt = lastAnswerAt
            self.state = state
            self.sessionsInPeriod = sessionsInPeriod
            self.answers = answers
            self.summary = summary
        }

        /// Seconds since the last answer (or since the start, before the first one).
        public func secondsSinceLastAnswer(at now: Date) -> Double {
            max(0, now.timeIntervalSince(lastAnswerAt ?? startedAt))
        }
    }

    /// When the snapshot was read.
    public var takenAt: Date
    /// One row per child, sorted by name.
    public var children: [Child]
    /// Questions missed in the period (every child's sessions), most missed first.
    public var mostMissed: [ClassReport.MissedQuestion]
    /// Answers committed in the period, all children together.
    public var answerCount: Int

    public init(takenAt: Date, children: [Child], mostMissed: [ClassReport.MissedQuestion], answerCount: Int) {
        self.takenAt = takenAt
        self.children = children
        self.mostMissed = mostMissed
        self.answerCount = answerCount
    }
}
