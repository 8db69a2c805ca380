import Foundation
import GRDB

/// Writing: students, sessions and answers. Every call commits before it returns.
extension RecordStore {
    /// Names of every student on record, sorted without regard to case (for the welcome screen's list).
    ///
    /// ```swift
    /// try store.students()   // ["Ada", "ben", "Chloé"]
    /// ```
    public func students() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT name FROM students ORDER BY name COLLATE NOCASE")
        }
    }

    /// Starts a session, adding the student if new (names are trimmed and stored in NFC, see ``StudentName``,
    /// and match without regard to ASCII case).
    /// `seed` is the seed that chose and ordered the questions, kept so a resumed session asks the same ones;
    /// `practice` the facts from earlier lessons it asks first (see ``FactHistory``), kept for the same reason.
    ///
    /// ```swift
    /// let session = try store.startSession(student: "Ada", quizTitle: "Add to 20", quizFile: "add.toml",
    ///                                      contentHash: "9f2c…", questionCount: 10, seed: 42)
    /// ```
    public func startSession(student: String, quizTitle: String, quizFile: String,
                             contentHash: String, questionCount: Int, seed: UInt64? = nil,
                             practice: [Fact] = []) throws -> SessionID {
        let name = try StudentName.normalised(student)
        let now = Date()
        let practiceJSON = practice.isEmpty ? nil : String(decoding: try JSONEncoder().encode(practice), as: UTF8.self)
        return try write { db in
            try db.execute(sql: "INSERT INTO students (name, createdAt) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                           arguments: [name, now])
            guard let studentID = try Int64.fetchOne(db, sql: "SELECT id FROM students WHERE name = ?",
                                                     arguments: [name]) else {
                throw RecordStoreError.invalidStudentName(student, .noLetterOrDigit)
            }
            try db.execute(sql: """
                INSERT INTO sessions (studentId, quizTitle, quizFile, contentHash, questionCount, seed, startedAt,
                                      status, host, pid, processStart, practice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [studentID, quizTitle, quizFile, contentHash, max(0, questionCount),
                                 seed.map { Int64(bitPattern: $0) }, now,
                                 SessionStatus.inProgress.rawValue, owner.host, owner.pid, owner.startTime, practiceJSON])
            return SessionID(rawValue: db.lastInsertedRowID)
        }
    }

    /// Records one submitted answer; it is committed (on disk, WAL included) when this returns.
    ///
    /// ```swift
    /// try store.record(AnswerRecord(questionIndex: 0, question: "7 + 8", expected: "15", read: "15",
    ///                               input: .drawn, seconds: 3.1), in: session)
    /// ```
    public func record(_ answer: AnswerRecord, in session: SessionID) throws {
        guard answer.questionIndex >= 0, answer.attempt >= 1, answer.seconds.isFinite, answer.seconds >= 0 else {
            throw RecordStoreError.invalidAnswer(
                "question \(answer.questionIndex), attempt \(answer.attempt), \(answer.seconds) s")
        }
        let encoder = JSONEncoder()
        let probabilities = String(decoding: try encoder.encode(answer.digitProbabilities), as: UTF8.self)
        let strokes = String(decoding: try encoder.encode(answer.strokes), as: UTF8.self)
        let correct: Bool? = answer.outcome.counts ? answer.outcome == .correct : nil
        do {
            try write { db in
                try db.execute(sql: """
                    INSERT INTO answers (sessionId, questionIndex, question, expected, read, probabilities,
                                         strokes, input, seconds, attempt, outcome, correct, answeredAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [session.rawValue, answer.questionIndex, answer.question, answer.expected,
                                     answer.read, probabilities, strokes, answer.input.rawValue, answer.seconds,
                                     answer.attempt, answer.outcome.rawValue, correct, Date()])
            }
        } catch RecordStoreError.database(_, let detail) where detail.contains("FOREIGN KEY") {
            throw RecordStoreError.unknownSession(session)
        }
    }

    /// Marks a session completed (the score screen was reached).
    ///
    /// ```swift
    /// try store.finish(session)
    /// ```
    public func finish(_ session: SessionID) throws {
        try setStatus(.completed, of: session)
    }

    /// Marks a session interrupted (the child quit early); it can be resumed later. A session whose process
    /// dies without calling this reads as interrupted anyway.
    ///
    /// ```swift
    /// try store.interrupt(session)   // Esc, then "yes, quit"
    /// ```
    public func interrupt(_ session: SessionID) throws {
        try setStatus(.interrupted, of: session)
    }

    private func setStatus(_ status: SessionStatus, of session: SessionID) throws {
        try write { db in
            try db.execute(sql: "UPDATE sessions SET status = ?, endedAt = ? WHERE id = ?",
                           arguments: [status.rawValue, Date(), session.rawValue])
            if db.changesCount == 0 { throw RecordStoreError.unknownSession(session) }
        }
    }

    /// The latest unfinished session of `student` at the quiz with `contentHash` whose process is gone,
    /// or nil. A session still open in another live terminal is not offered.
    ///
    /// ```swift
    /// let point = try store.resumableSession(student: "Ada", contentHash: set.contentHash)
    /// point?.nextQuestion   // 4: questions 0...3 are on record
    /// ```
    public func resumableSession(student: String, contentHash: String) throws -> ResumePoint? {
        try markDeadSessionsInterrupted()
        let name = student.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        return try read { db -> ResumePoint? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT sessions.id, students.name, quizTitle, questionCount, seed, startedAt, practice FROM sessions
                JOIN students ON students.id = sessions.studentId
                WHERE students.name = ? AND contentHash = ? AND status = ?
                ORDER BY startedAt DESC, sessions.id DESC LIMIT 1
                """, arguments: [name, contentHash, SessionStatus.interrupted.rawValue]) else { return nil }
            let session = SessionID(rawValue: row["id"])
            let answers = try RecordStore.fetchAnswers(db, sessions: [session.rawValue], ink: true)[session.rawValue] ?? []
            let questionCount: Int = row["questionCount"]
            let answered = Set(answers.filter { $0.attempt == 1 && $0.outcome.counts }.map(\.questionIndex))
            let next = (0..<questionCount).first { !answered.contains($0) } ?? questionCount
            return ResumePoint(session: session, student: row["name"], quizTitle: row["quizTitle"],
                               questionCount: questionCount,
                               seed: (row["seed"] as Int64?).map { UInt64(bitPattern: $0) },
                               startedAt: row["startedAt"], answers: answers,
                               answeredQuestions: answered.sorted(), nextQuestion: next,
                               practice: RecordStore.decodePractice(row["practice"]))
        }
    }

    /// Takes over an interrupted session for this process; answers recorded next join the same session.
    ///
    /// ```swift
    /// let session = try store.resume(point)
    /// ```
    public func resume(_ point: ResumePoint) throws -> SessionID {
        try write { db in
            try db.execute(sql: """
                UPDATE sessions SET status = ?, endedAt = NULL, host = ?, pid = ?, processStart = ?
                WHERE id = ? AND status = ?
                """, arguments: [SessionStatus.inProgress.rawValue, owner.host, owner.pid, owner.startTime,
                                 point.session.rawValue, SessionStatus.interrupted.rawValue])
            if db.changesCount == 0 { throw RecordStoreError.notResumable(point.session) }
        }
        return point.session
    }

    /// Sessions left in progress by a process that no longer runs become interrupted.
    func markDeadSessionsInterrupted() throws {
        let open = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, host, pid, processStart FROM sessions WHERE status = ?",
                             arguments: [SessionStatus.inProgress.rawValue])
        }
        let dead: [(id: Int64, process: OwningProcess)] = open.compactMap { row in
            let process = OwningProcess(host: row["host"], pid: row["pid"], startTime: row["processStart"])
            return process.isAlive ? nil : (row["id"], process)
        }
        guard !dead.isEmpty else { return }
        try write { db in
            for (id, process) in dead {
                // Only if the same dead process still owns it: another one may have resumed it meanwhile.
                try db.execute(sql: "UPDATE sessions SET status = ? WHERE id = ? AND status = ? AND host = ? AND pid = ?",
                               arguments: [SessionStatus.interrupted.rawValue, id, SessionStatus.inProgress.rawValue,
                                           process.host, process.pid])
            }
        }
    }
}
