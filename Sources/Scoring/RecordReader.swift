import Foundation
import GRDB
import Messages

/// A read-only view of the records, for the teacher's live class view: it never writes, never migrates,
/// never creates the file, and never blocks a child's write.
///
/// The connection is opened with `SQLITE_OPEN_READONLY` and `PRAGMA query_only`, so not even a bug could
/// write through it. In WAL mode a reader works on its own snapshot of the file while writers append to the
/// `-wal`, so a child's commit never waits for it; each read here is one short transaction (a few
/// milliseconds), so it does not hold back SQLite's checkpoints either.
///
/// ```swift
/// switch try RecordReader.open(path: path) {
/// case .ready(let reader): print(try reader.classSnapshot().text())
/// case .waiting(let why): print("waiting: \(why)")   // no file yet, or no tables yet
/// }
/// ```
public final class RecordReader: Sendable {
    /// What opening found.
    public enum Opening: Sendable {
        /// The records are there and can be read.
        case ready(RecordReader)
        /// Nothing to read yet: the file does not exist, or no program has made its tables. Try again later.
        case waiting(String)
    }

    /// The database file.
    public let path: String
    /// How answers become scores in snapshots.
    public let rules: ScoringRules
    let queue: DatabaseQueue

    private init(path: String, rules: ScoringRules, queue: DatabaseQueue) {
        self.path = path
        self.rules = rules
        self.queue = queue
    }

    /// Opens the records read-only, or says why there is nothing to read yet. Throws a one-line
    /// ``RecordStoreError`` for a path that can never hold records (a folder, not SQLite, another program's
    /// database, corrupt, no permission to read).
    public static func open(path: String, rules: ScoringRules = .standard) throws -> Opening {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .waiting(tr("class.waiting.missing", ["path": path]))
        }
        if isDirectory.boolValue { throw RecordStoreError.unreadable(path: path, detail: tr("records.detail.folder")) }
        guard files.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            throw RecordStoreError.unreadable(path: path, detail: tr("records.detail.permission"))
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return .waiting(tr("class.waiting.empty", ["path": path])) }
        if header != Data("SQLite format 3\0".utf8) { throw RecordStoreError.notSQLite(path: path) }

        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        configuration.label = "astro-numbers.records.read-only"
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        let queue = try RecordStore.retryingWhenBusy(path: path, orCannotOpen: true) {
            try DatabaseQueue(path: path, configuration: configuration)
        }
        let hasTables = try RecordStore.retryingWhenBusy(path: path) {
            try queue.read { db -> Bool in
                if try db.tableExists("students") { return true }
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if tables > 0 { throw RecordStoreError.notRecords(path: path) }
                return false
            }
        }
        guard hasTables else {
            try? queue.close()
            return .waiting(tr("class.waiting.no-tables", ["path": path]))
        }
        return .ready(RecordReader(path: path, rules: rules, queue: queue))
    }

    /// One short read transaction, retried a few times if the file is busy in a way SQLite does not wait for.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try RecordStore.retryingWhenBusy(path: path, attempts: 3) { try queue.read(body) }
    }
}
