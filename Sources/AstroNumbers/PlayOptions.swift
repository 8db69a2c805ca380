import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// What `astro-numbers play` was asked to do.
///
/// ```swift
/// var options = PlayOptions()
/// options.student = "Ada"
/// options.database = "/srv/class/records.sqlite"
/// let outcome = try PlaySession.run(options)
/// ```
public struct PlayOptions: Sendable {
    /// The question set; nil for `Quizzes/default.toml`.
    public var quiz: URL?
    /// The child's name; nil to ask on the welcome screen.
    public var student: String?
    /// The records file; nil for `ASTRO_NUMBERS_DB` or the XDG data folder.
    public var database: String?
    /// The network's weights; nil for `ProgramResources.weights()`.
    public var weights: URL?
    /// False for `--no-mouse`: answers are typed.
    public var mouse = true
    /// Carry on with the student's interrupted session of this set, if there is one.
    public var resume = false
    /// The background's theme (`--theme`); nil to ask the terminal.
    public var theme: Theme?
    /// Build the session from the child's facts still to learn, from every set (`--practice`).
    public var practice = false

    public init() {}
}
