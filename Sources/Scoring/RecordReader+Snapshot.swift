import Foundation
import GRDB

/// The class view's query: one read transaction per snapshot.
extension RecordReader {
    /// The class now: every child's latest session since `filter.since`, its progress, score, last answer
    /// and state, and the questions most missed in the period. Reads only the columns of the first schema
    /// (no ink), so it works on files written by any version and costs a few milliseconds for a class.
    ///
    /// ```swift
    /// let snapshot = try reader.classSnapshot(ClassFilter(stuckAfter: 90))
    /// ```
    public func classSnapshot(_ filter: ClassFilter = ClassFilter(), now: Date = Date()) throws -> ClassSnapshot {
        let (sessions, owners, lastAnswers) = try read { db in
            var sql = """
                SELECT sessions.id, sessions.quizTitle, sessions.quizFile, sessions.contentHash, sessions.questionCount,
                       sessions.startedAt, sessions.endedAt, sessions.status, sessions.host, sessions.pid,
                       sessions.processStart, students.name AS student
                FROM sessions JOIN students ON students.id = sessions.studentId
                WHERE sessions.startedAt >= ?
                """
            var arguments: StatementArguments = [filter.since]
            if let hash = filter.contentHash {
                sql += " AND sessions.contentHash = ?"
                _ = arguments.append(contentsOf: [hash])
            }
            sql += " ORDER BY sessions.startedAt, sessions.id"
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let ids: [Int64] = rows.map { $0["id"] }
            let answers = try RecordStore.fetchAnswers(db, sessions: ids, ink: false)
            var last: [Int64: Date] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: """
                    SELECT sessionId, MAX(answeredAt) AS latest FROM answers WHERE sessionId IN (\(marks)) GROUP BY sessionId
                    """, arguments: StatementArguments(chunk)) {
                    last[row["sessionId"]] = row["latest"]
                }
            }
            var owners: [Int64: OwningProcess] = [:]
            let records = rows.map { row -> SessionRecord in
                let id: Int64 = row["id"]
                owners[id] = OwningProcess(host: row["host"], pid: row["pid"], startTime: row["processStart"])
                let sessionAnswers = answers[id] ?? []
                return SessionRecord(
                    id: SessionID(rawValue: id), student: row["student"], quizTitle: row["quizTitle"],
                    quizFile: row["quizFile"], contentHash: row["contentHash"], startedAt: row["startedAt"],
                    endedAt: row["endedAt"], status: SessionStatus(rawValue: row["status"]) ?? .interrupted,
                    answers: sessionAnswers,
                    summary: ScoreSummary(answers: sessionAnswers, questionCount: row["questionCount"], rules: rules))
            }
            return (records, owners, last)
        }
        // Whether a session's process still runs is asked of this machine's /proc, outside the transaction.
        return ClassSnapshot(sessions: sessions, lastAnswers: lastAnswers, filter: filter, now: now, rules: rules) { id in
            owners[id.rawValue]?.isAlive ?? true
        }
    }
}

extension ClassSnapshot {
    /// Builds the snapshot from sessions (oldest first), the time of each session's latest answer, and a
    /// test of whether an in-progress session's process still runs (a session whose process has died is
    /// `stopped`, as the records will say once any writer notices).
    ///
    /// ```swift
    /// let snapshot = ClassSnapshot(sessions: try store.sessions(), lastAnswers: [:], filter: ClassFilter(),
    ///                              now: Date()) { _ in true }
    /// ```
    public init(sessions: [SessionRecord], lastAnswers: [Int64: Date], filter: ClassFilter, now: Date,
                rules: ScoringRules = .standard, isAlive: (SessionID) -> Bool) {
        var latest: [String: SessionRecord] = [:]
        var counts: [String: Int] = [:]
        for session in sessions {
            counts[session.student, default: 0] += 1
            if let known = latest[session.student], (known.startedAt, known.id.rawValue) > (session.startedAt, session.id.rawValue) {
                continue
            }
            latest[session.student] = session
        }
        let children = latest.values.map { session -> Child in
            let answered = Set(session.answers.filter { $0.outcome.counts }.map(\.questionIndex)).count
            let lastAnswer = lastAnswers[session.id.rawValue]
            let state: State
            switch session.status {
            case .completed: state = .finished
            case .interrupted: state = .stopped
            case .inProgress:
                if !isAlive(session.id) {
                    state = .stopped
                } else if now.timeIntervalSince(lastAnswer ?? session.startedAt) > filter.stuckAfter {
                    state = .stuck
                } else {
                    state = .answering
                }
            }
            return Child(student: session.student, session: session.id, quizTitle: session.quizTitle,
                         startedAt: session.startedAt, answered: min(answered, session.summary.questionCount),
                         questionCount: session.summary.questionCount, correct: session.summary.correctCount,
                         points: session.summary.points, lastAnswerAt: lastAnswer, state: state,
                         sessionsInPeriod: counts[session.student] ?? 1, answers: session.answers,
                         summary: session.summary)
        }.sorted { $0.student.localizedCaseInsensitiveCompare($1.student) == .orderedAscending }
        self.init(takenAt: now, children: children,
                  mostMissed: ClassReport(sessions: sessions, rules: rules).mostMissed,
                  answerCount: sessions.reduce(0) { $0 + $1.answers.count })
    }
}
