import Messages
/// What ``RecordStore/backup(to:)`` copied, counted in the copy itself after its integrity check.
///
/// ```swift
/// let summary = try store.backup(to: "/home/teacher/backups/records-2026-12-02.sqlite")
/// print(summary)   // "3 students, 9 sessions, 90 answers"
/// ```
public struct BackupSummary: Hashable, Sendable, CustomStringConvertible {
    public let students: Int
    public let sessions: Int
    public let answers: Int

    public var description: String {
        [tr("report.backup.students", count: students), tr("report.backup.sessions", count: sessions),
         tr("report.backup.answers", count: answers)].joined(separator: ", ")
    }
}
