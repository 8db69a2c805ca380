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
    case lostAfterUse(path: String, marker: String, state: String)
    case database(path: String, detail: String)

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
            return "\(path) is not an SQLite database (records need an SQLite file; choose another --db path)"
        case .notRecords(let path):
            return "\(path) is an SQLite database of another program, not astro-numbers records; choose another --db path"
        case .corrupt(let path, let detail):
            return "records database \(path) is corrupt: \(detail)"
        case .unreadable(let path, let detail):
            return "cannot read records database \(path): \(detail)"
        case .readOnly(let path, let detail):
            return "records database \(path) is read-only: \(detail)"
        case .newerSchema(let path, let found, let known):
            return "records database \(path) was written by a newer astro-numbers (schema \(found), this one knows \(known)); it was left unchanged"
        case .cannotCreate(let path, let detail):
            return "cannot create records database \(path): \(detail)"
        case .unknownSession(let id):
            return "no \(id) in the records"
        case .sessionAlreadyFinished(let id):
            return "\(id) is already finished"
        case .invalidAnswer(let detail):
            return "invalid answer: \(detail)"
        case .invalidStudentName(let name, let problem):
            return "invalid student name \(StudentName.quoted(name)): \(problem.rawValue)"
        case .notResumable(let id):
            return "\(id) cannot be resumed: it is completed or still open in another terminal"
        case .lostAfterUse(let path, let marker, let state):
            return "records database \(path) \(state), but it has been used before (\(marker)): it may have been emptied or removed by mistake; restore it from a backup, or delete \(marker) to start new records"
        case .busy(let path):
            return "records database \(path) is busy: another program kept it locked; try again in a moment"
        case .database(let path, let detail):
            return "records database \(path): \(detail)"
        }
    }
}
