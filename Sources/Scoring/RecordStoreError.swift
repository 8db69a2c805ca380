import Messages
/// Why the records could not be opened or written. Each description is one line naming the file.
///
/// ```swift
/// do { _ = try RecordStore(path: "notes.txt") }
/// catch let error as RecordStoreError { print(error) }  // "notes.txt is not an SQLite database"
/// ```
public enum RecordStoreError: Error, Equatable, CustomStringConvertible {
    case notSQLite(path: String)
    case notRecords(path: String)
    case corrupt(path: String, detail: String)
    case unreadable(path: String, detail: String)
    case readOnly(path: String, detail: String)
    case newerSchema(path: String, found: String, known: String)
    case cannotCreate(path: String, detail: String)
    case unknownSession(SessionID)
    case sessionAlreadyFinished(SessionID)
    case invalidAnswer(String)
    case invalidStudentName(String, StudentName.Problem)
    case notResumable(SessionID)
    case busy(path: String)
    case lostAfterUse(path: String, marker: String, state: LostState)
    case database(path: String, detail: String)

    /// What became of a records file that has been used before (its marker file says so).
    public enum LostState: String, Hashable, Sendable {
        case missing = "records.lost.missing"
        case empty = "records.lost.empty"
        case noTables = "records.lost.no-tables"
    }

    /// Whether trying the same write again later may succeed: the file was locked by another process, or
    /// could not be written just now (disk full, permissions being fixed). A lesson keeps such an answer
    /// and tries again; the other errors (a bad file, a bad answer) will not go away by waiting.
    public var isWorthRetrying: Bool {
        switch self {
        case .busy, .readOnly, .database: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return tr("records.not-sqlite", ["path": path])
        case .notRecords(let path):
            return tr("records.not-records", ["path": path])
        case .corrupt(let path, let detail):
            return tr("records.corrupt", ["path": path, "detail": detail])
        case .unreadable(let path, let detail):
            return tr("records.unreadable", ["path": path, "detail": detail])
        case .readOnly(let path, let detail):
            return tr("records.read-only", ["path": path, "detail": detail])
        case .newerSchema(let path, let found, let known):
            return tr("records.newer", ["path": path, "found": found, "known": known])
        case .cannotCreate(let path, let detail):
            return tr("records.cannot-create", ["path": path, "detail": detail])
        case .unknownSession(let id):
            return tr("records.unknown-session", ["session": id])
        case .sessionAlreadyFinished(let id):
            return tr("records.finished", ["session": id])
        case .invalidAnswer(let detail):
            return tr("records.invalid-answer", ["detail": detail])
        case .invalidStudentName(let name, let problem):
            return tr("records.invalid-name", ["name": StudentName.quoted(name), "problem": problem.message])
        case .notResumable(let id):
            return tr("records.not-resumable", ["session": id])
        case .lostAfterUse(let path, let marker, let state):
            return tr("records.lost", ["path": path, "state": tr(state.rawValue), "marker": marker])
        case .busy(let path):
            return tr("records.busy", ["path": path])
        case .database(let path, let detail):
            return tr("records.database", ["path": path, "detail": detail])
        }
    }
}
