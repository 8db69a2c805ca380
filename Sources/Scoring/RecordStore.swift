import Foundation
import GRDB
import Messages

/// The records of a class: students, sessions and every answer, in one SQLite file (WAL mode) that many
/// processes share. Each answer is committed the moment it is recorded, so a killed process loses nothing.
///
/// Opening checks the file before anything is asked: not SQLite, corrupt, unreadable, read-only, or written
/// by a newer astro-numbers all throw a one-line ``RecordStoreError`` and leave the file unchanged.
///
/// ```swift
/// let store = try RecordStore(path: RecordStore.resolvePath(explicit: db))
/// let session = try store.startSession(student: "Ada", quizTitle: "Add to 20", quizFile: "add.toml",
///                                      contentHash: hash, questionCount: 10)
/// try store.record(answer, in: session)         // committed before it returns
/// try store.finish(session)
/// let summary = try store.summary(of: session)  // for the score screen
/// ```
public final class RecordStore: Sendable {
    /// The database file.
    public let path: String
    /// How answers become scores in summaries and reports.
    public let rules: ScoringRules
    /// Seconds a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 10
    /// Seconds each write (and read) after opening waits for another process's lock before it throws
    /// ``RecordStoreError/busy(path:)``. Opening itself always waits up to ``busyTimeout``.
    public let lockWait: TimeInterval

    let queue: DatabaseQueue
    let owner = OwningProcess.current

    /// Opens (creating if needed) the records at `path`, migrating an older schema.
    ///
    /// `lockWait` is how long a later write waits for another process's lock before it throws `.busy`:
    /// ``busyTimeout`` (with a few retries) by default; a lesson passes a fraction of a second, so it can
    /// keep the answer and the screen alive and try again instead of freezing (see `PlaySession`).
    ///
    /// ```swift
    /// let store = try RecordStore(path: "/srv/class/records.sqlite")
    /// let patient = try RecordStore(path: "/srv/class/records.sqlite", lockWait: 0.2)
    /// ```
    public init(path: String, rules: ScoringRules = .standard, lockWait: TimeInterval = RecordStore.busyTimeout) throws {
        self.path = path
        self.rules = rules
        self.lockWait = max(0, min(lockWait, RecordStore.busyTimeout))
        let marker = UseMarker(records: path)
        // Looked at before the file: the marker is written only after the tables are committed, so when
        // many processes open a new file at once, one that sees it also sees the tables.
        let used = marker.exists
        // Records that have been used and are now missing or empty were lost, not never made: say so
        // before anything (a folder, a fresh file) is created in their place.
        if used && !FileManager.default.fileExists(atPath: path) {
            throw RecordStoreError.lostAfterUse(path: path, marker: marker.path, state: .missing)
        }
        let exists = try RecordStore.checkFile(at: path)
        if exists {
            // A read-only connection may also fail to open while another process creates or removes the WAL.
            let hasRecords = try RecordStore.retryingWhenBusy(path: path, orCannotOpen: true) {
                try RecordStore.validateExisting(at: path)
            }
            if !hasRecords && used {
                let empty = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) == 0
                throw RecordStoreError.lostAfterUse(path: path, marker: marker.path,
                                                    state: empty ? .empty : .noTables)
            }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(RecordStore.busyTimeout)
        configuration.label = "astro-numbers.records"
        queue = try RecordStore.retryingWhenBusy(path: path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            // GRDB picks NORMAL for WAL, which survives a killed process but may lose the last answers in
            // a power cut; FULL syncs the WAL on every commit and still submits in well under 5 ms.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try RecordStore.migrate(queue)
            return queue
        }
        marker.create()
        try markDeadSessionsInterrupted()
        if self.lockWait < RecordStore.busyTimeout {
            // From now on this connection waits only `lockWait` for a lock (SQLite's busy handler).
            let milliseconds = Int((self.lockWait * 1000).rounded())
            try queue.inDatabase { try $0.execute(sql: "PRAGMA busy_timeout = \(milliseconds)") }
        }
    }

    /// Where the records live: `explicit` (`--db`), else `ASTRO_NUMBERS_DB`, else
    /// `$XDG_DATA_HOME/astro-numbers/records.sqlite`, else `~/.local/share/astro-numbers/records.sqlite`.
    ///
    /// ```swift
    /// RecordStore.resolvePath(explicit: nil, environment: ["HOME": "/home/ada"])
    /// // "/home/ada/.local/share/astro-numbers/records.sqlite"
    /// ```
    public static func resolvePath(explicit: String? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["ASTRO_NUMBERS_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return (dataHome as NSString).appendingPathComponent("astro-numbers/records.sqlite")
    }

    // MARK: - Checking the file before SQLite touches it

    /// Returns whether the file exists; creates its folder when it does not. Throws for a path that cannot
    /// hold the records.
    private static func checkFile(at path: String) throws -> Bool {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        let folder = (path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw RecordStoreError.cannotCreate(path: path, detail: tr("records.detail.cannot-create-folder", ["folder": folder]))
            }
            guard files.isWritableFile(atPath: folder) else {
                throw RecordStoreError.cannotCreate(path: path, detail: tr("records.detail.folder-not-writable", ["folder": folder]))
            }
            return false
        }
        if isDirectory.boolValue {
            throw RecordStoreError.unreadable(path: path, detail: tr("records.detail.folder"))
        }
        guard files.isReadableFile(atPath: path) else {
            throw RecordStoreError.unreadable(path: path, detail: tr("records.detail.permission"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RecordStoreError.unreadable(path: path, detail: tr("records.detail.cannot-open"))
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
            throw RecordStoreError.notSQLite(path: path)
        }
        guard files.isWritableFile(atPath: path) else {
            throw RecordStoreError.readOnly(path: path, detail: tr("records.detail.no-write-permission"))
        }
        guard files.isWritableFile(atPath: folder) else {
            throw RecordStoreError.readOnly(path: path,
                detail: tr("records.detail.folder-not-writable-wal", ["folder": folder]))
        }
        return true
    }

    /// Reads an existing file through a read-only connection: integrity and schema version are checked
    /// before a writable connection (which would switch the journal mode or migrate) is opened. Returns
    /// whether the file holds records already (false for an empty file or an SQLite file without tables).
    private static func validateExisting(at path: String) throws -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? reader.close() }
        return try reader.read { db in
            let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
            if check != ["ok"] {
                throw RecordStoreError.corrupt(path: path, detail: check.first ?? tr("records.detail.integrity"))
            }
            let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            var unknown: [String] = []
            if try db.tableExists("grdb_migrations") {
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                unknown = applied.filter { !RecordSchema.knownMigrations.contains($0) }
            } else if try db.tableExists("students") == false,
                      try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0 > 0 {
                // Some other program's database: adding our tables to it would be wrong.
                throw RecordStoreError.notRecords(path: path)
            }
            if userVersion > RecordSchema.version || !unknown.isEmpty {
                let found = unknown.isEmpty ? "version \(userVersion)" : unknown.joined(separator: ", ")
                throw RecordStoreError.newerSchema(path: path, found: found,
                                                   known: "version \(RecordSchema.version)")
            }
            return try db.tableExists("students")
        }
    }

    /// Runs the migrations. When several processes open a new file at once, one wins the race and the
    /// others fail on tables that now exist; they check again, and succeed once the winner has committed.
    private static func migrate(_ queue: DatabaseQueue) throws {
        var attempt = 0
        while true {
            do {
                try RecordSchema.migrator.migrate(queue)
                return
            } catch {
                attempt += 1
                if try queue.read(RecordSchema.migrator.hasCompletedMigrations) { return }
                if attempt >= 3 { throw error }
            }
        }
    }

    /// Turns an SQLite error into a one-line message naming the file.
    static func translate(_ error: DatabaseError, path: String) -> RecordStoreError {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB: return .notSQLite(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: detail)
        case .SQLITE_READONLY: return .readOnly(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .unreadable(path: path, detail: detail)
        default: return .database(path: path, detail: detail)
        }
    }

    /// Runs `body` in an IMMEDIATE transaction (waiting for other writers up to the busy timeout) and
    /// commits before returning.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try RecordStore.retryingWhenBusy(path: path, attempts: attempts) { try queue.write(body) }
    }

    /// A store that waits less than the standard timeout tries once: its caller tries again later.
    private var attempts: Int { lockWait < RecordStore.busyTimeout ? 1 : 5 }

    /// Runs `body`, trying again a few times if SQLite still reports the file busy or locked after its own
    /// busy timeout (rare cases SQLite does not wait for, e.g. while another process recovers the WAL),
    /// so a child never sees "database is locked". Other database errors become one-line errors.
    static func retryingWhenBusy<T>(path: String, orCannotOpen: Bool = false, attempts: Int = 5,
                                    _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError {
                let code = error.resultCode.primaryResultCode
                attempt += 1
                let transient = code == .SQLITE_BUSY || code == .SQLITE_LOCKED || (orCannotOpen && code == .SQLITE_CANTOPEN)
                guard transient, attempt < attempts else {
                    throw translate(error, path: path)
                }
                usleep(useconds_t.random(in: 20_000...120_000))
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try RecordStore.retryingWhenBusy(path: path, attempts: attempts) { try queue.read(body) }
    }
}
