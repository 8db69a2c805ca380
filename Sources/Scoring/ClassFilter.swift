import Foundation

/// Which sessions a class snapshot covers, and when a child counts as stuck.
///
/// ```swift
/// let filter = ClassFilter(since: ClassFilter.startOfToday(), contentHash: set.contentHash, stuckAfter: 90)
/// ```
public struct ClassFilter: Sendable, Equatable {
    /// Only sessions started at or after this moment (default: local midnight today).
    public var since: Date
    /// Only sessions of the set with this content hash; nil for every set.
    public var contentHash: String?
    /// Seconds without an answer after which a child in a session counts as stuck.
    public var stuckAfter: Double

    /// The default threshold for ``ClassSnapshot/State/stuck``: a minute without an answer.
    public static let defaultStuckAfter: Double = 60

    public init(since: Date = ClassFilter.startOfToday(), contentHash: String? = nil,
                stuckAfter: Double = ClassFilter.defaultStuckAfter) {
        self.since = since
        self.contentHash = contentHash
        self.stuckAfter = stuckAfter
    }

    /// Local midnight of the day of `now`.
    public static func startOfToday(_ now: Date = Date(), calendar: Calendar = .current) -> Date {
        calendar.startOfDay(for: now)
    }
}
