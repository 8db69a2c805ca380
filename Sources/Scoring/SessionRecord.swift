import Foundation
import Messages

/// One session as the records hold it, with its score: what the report and a student's history list.
///
/// ```swift
/// for session in try store.sessions(matching: ReportFilter(student: "Ada")) {
///     print(session.quizTitle, session.status, session.summary.percentage)
/// }
/// ```
public struct SessionRecord: Sendable, Equatable {
    public var id: SessionID
    public var student: String
    public var quizTitle: String
    public var quizFile: String
    public var contentHash: String
    public var startedAt: Date
    public var endedAt: Date?
    /// A session whose process has died reads as `interrupted`.
    public var status: SessionStatus
    public var answers: [AnswerRecord]
    public var summary: ScoreSummary
    /// Facts from earlier lessons the session practised (its first questions); empty for a plain session.
    public var practice: [Fact] = []

    public init(id: SessionID, student: String, quizTitle: String, quizFile: String, contentHash: String,
                startedAt: Date, endedAt: Date?, status: SessionStatus, answers: [AnswerRecord], summary: ScoreSummary,
                practice: [Fact] = []) {
        self.id = id
        self.student = student
        self.quizTitle = quizTitle
        self.quizFile = quizFile
        self.contentHash = contentHash
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
        self.answers = answers
        self.summary = summary
        self.practice = practice
    }
}

/// Which sessions a report covers; nil fields match everything.
///
/// ```swift
/// let filter = ReportFilter(student: "Ada", quizTitle: "Add to 20", since: try ReportFilter.date("2026-11-01"))
/// ```
public struct ReportFilter: Sendable, Equatable {
    /// Student name, matched without regard to case.
    public var student: String?
    /// Quiz title, matched exactly.
    public var quizTitle: String?
    /// Only sessions started at or after this moment.
    public var since: Date?

    public init(student: String? = nil, quizTitle: String? = nil, since: Date? = nil) {
        self.student = student
        self.quizTitle = quizTitle
        self.since = since
    }

    /// Parses `YYYY-MM-DD` (local midnight) or `YYYY-MM-DDTHH:MM` (local time) for `--since`.
    ///
    /// ```swift
    /// try ReportFilter.date("2026-11-26")   // 26 November 2026, 00:00 local time
    /// ```
    public static func date(_ text: String, timeZone: TimeZone = .current) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        for format in ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        throw ReportFilterError.badDate(text)
    }
}

/// A `--since` value that is not a date.
public enum ReportFilterError: Error, Equatable, CustomStringConvertible {
    case badDate(String)

    public var description: String {
        switch self {
        case .badDate(let text): return tr("report.bad-date", ["text": text])
        }
    }
}
