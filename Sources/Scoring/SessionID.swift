import Messages
/// Identifies one sitting of one student at one quiz in the records.
///
/// ```swift
/// let session = try store.startSession(student: "Ada", quizTitle: "Add to 20", quizFile: "add.toml",
///                                      contentHash: hash, questionCount: 10)
/// print(session)   // "session 42"
/// ```
public struct SessionID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The row id in the `sessions` table.
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }

    public var description: String { tr("records.session", ["number": rawValue]) }
}

/// Where a session stands. A session whose process died (closed lid, dropped link, SIGKILL) reads as
/// `interrupted`, whatever its row last said.
///
/// ```swift
/// try store.sessions().filter { $0.status == .interrupted }   // sessions that can be resumed
/// ```
public enum SessionStatus: String, Sendable, Codable, CaseIterable {
    case inProgress = "in-progress"
    case completed
    case interrupted
}
