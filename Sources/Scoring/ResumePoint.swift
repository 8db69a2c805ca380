import Foundation

/// An unfinished session a student can carry on with (`--resume`): what was answered, where to go on.
///
/// ```swift
/// if let point = try store.resumableSession(student: "Ada", contentHash: set.contentHash) {
///     let session = try store.resume(point)        // the same session, now owned by this process
///     let questions = set.session(seed: point.seed ?? 0)
///     startQuiz(questions, at: point.nextQuestion, recordingInto: session)
/// }
/// ```
public struct ResumePoint: Sendable, Equatable {
    public var session: SessionID
    public var student: String
    public var quizTitle: String
    public var questionCount: Int
    /// The seed the session was started with: make the same questions from it.
    public var seed: UInt64?
    public var startedAt: Date
    /// Every answer already on record, in the order given.
    public var answers: [AnswerRecord]
    /// Questions that already have a counted (readable) first answer, ascending.
    public var answeredQuestions: [Int]
    /// The first question not yet answered; equals `questionCount` when all were answered
    /// (the process died on the score screen), so go straight to the score screen.
    public var nextQuestion: Int
    /// The facts from earlier lessons the session began with: ask them first again, in this order.
    public var practice: [Fact] = []
}
