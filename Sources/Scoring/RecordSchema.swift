import GRDB

/// The versioned schema of the records file. Migrations are only ever appended, never edited; each one
/// also sets `PRAGMA user_version` to its number so other tools can see the version.
enum RecordSchema {
    /// Identifiers of the migrations this build knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }
    /// `PRAGMA user_version` after the newest known migration.
    static let version = 2

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-students-sessions-answers") { db in
            try db.create(table: "students") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().collate(.nocase)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "sessions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("student", inTable: "students", onDelete: .cascade).notNull()
                t.column("quizTitle", .text).notNull()
                t.column("quizFile", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("questionCount", .integer).notNull()
                t.column("seed", .integer)                    // the quiz's shuffle seed (UInt64 bits), to resume the same order
                t.column("startedAt", .datetime).notNull()
                t.column("endedAt", .datetime)
                t.column("status", .text).notNull()          // in-progress, completed, interrupted
                t.column("host", .text).notNull()             // where the owning process runs
                t.column("pid", .integer).notNull()           // owning process, to spot dead sessions
                t.column("processStart", .integer)            // its start time, so a reused pid is not taken for it
            }
            try db.create(index: "sessions_on_student_hash", on: "sessions", columns: ["studentId", "contentHash"])
            try db.create(table: "answers") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("session", inTable: "sessions", onDelete: .cascade).notNull()
                t.column("questionIndex", .integer).notNull()
                t.column("question", .text).notNull()
                t.column("expected", .text).notNull()
                t.column("read", .text)
                t.column("probabilities", .text).notNull()    // JSON: per digit, ten probabilities
                t.column("strokes", .text).notNull()          // JSON: strokes of [x, y(, t)] points
                t.column("input", .text).notNull()            // drawn or typed
                t.column("seconds", .double).notNull()
                t.column("attempt", .integer).notNull()
                t.column("outcome", .text).notNull()          // correct, wrong, unreadable
                t.column("correct", .boolean)                 // NULL for unreadable: never counted wrong
                t.column("answeredAt", .datetime).notNull()
            }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // Additive: the facts from earlier lessons a practice session began with (JSON [{question, expected}]),
        // NULL for every other session, so files of version 1 keep all their sessions as they were.
        migrator.registerMigration("v2-session-practice") { db in
            try db.alter(table: "sessions") { t in t.add(column: "practice", .text) }
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }()
}
