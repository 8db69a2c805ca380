import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// How a lesson ended, for the command to report once the terminal is restored.
public enum PlayOutcome: Hashable, Sendable {
    /// The child saw the score screen.
    case finished(student: String, session: Int64, points: Int, maxPoints: Int)
    /// The child stopped; the session can be resumed with `--resume`. `unsavedAnswers` is 1 when the child
    /// stopped while the last answer was still waiting for the records (locked by another program).
    case stopped(student: String, session: Int64, unsavedAnswers: Int)
    /// The child left on the welcome screen; nothing was recorded.
    case left
}
