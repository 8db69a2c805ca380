import Foundation
import GRDB

/// Reading: answers, score summaries and sessions for the score screen and the report.
extension RecordStore {
    /// Every answer of a session, in the order recorded, with probabilities and strokes.
    ///
    /// ```swift
    /// let strokes = try store.answers(in: session).last?.strokes
    /// ```
    public func answers(in session: SessionID) throws -> [AnswerRecord] {
        try read { db in
            try RecordStore.fetchAnswers(db, sessions: [session.rawValue], ink: true)[session.rawValue] ?? []
        }
    }

    /// The score screen's data for one session, including answers given before a resume.
    ///
    /// ```swift
    /// let summary = try store.summary(of: session)
    /// summary.stars   // 1...3
    /// ```
    public func summary(of session: SessionID) throws -> ScoreSummary {
        try read { db in
            guard let count = try Int.fetchOne(db, sql: "SELECT questionCount FROM sessions WHERE id = ?",
                                               arguments: [session.rawValue]) else {
                throw RecordStoreError.unknownSession(session)
            }
            let answers = try RecordStore.fetchAnswers(db, sessions: [session.rawValue], ink: false)[session.rawValue] ?? []
            return ScoreSummary(answers: answers, questionCount: count, rules: rules)
        }
    }

    /// Sessions matching `filter`, oldest first, each with its answers and score. The answers' probabilities
    /// and strokes are left empty unless `ink` is true (they are most of the file, and no report needs them).
    ///
    /// ```swift
    /// let history = try store.sessions(matching: ReportFilter(student: "Ada"))
    /// ```
    public func sessions(matching filter: ReportFilter = ReportFilter(), ink: Bool = false) throws -> [SessionRecord] {
        try markDeadSessionsInterrupted()
        return try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let student = filter.student {
                conditions.append("students.name = ?")
                _ = arguments.append(contentsOf: [student.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping])
            }
            if let quiz = filter.quizTitle {
                conditions.append("sessions.quizTitle = ?")
                _ = arguments.append(contentsOf: [quiz])
            }
            if let since = filter.since {
                conditions.append("sessions.startedAt >= ?")
                _ = arguments.append(contentsOf: [since])
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT sessions.*, students.name AS student FROM sessions
                JOIN students ON students.id = sessions.studentId
                \(whereClause)
                ORDER BY sessions.startedAt, sessions.id
                """, arguments: arguments)
            let answers = try RecordStore.fetchAnswers(db, sessions: rows.map { $0["id"] }, ink: ink)
            return rows.map { row in
                let id: Int64 = row["id"]
                let sessionAnswers = answers[id] ?? []
                let status = SessionStatus(rawValue: row["status"]) ?? .interrupted
                return SessionRecord(
                    id: SessionID(rawValue: id), student: row["student"], quizTitle: row["quizTitle"],
                    quizFile: row["quizFile"], contentHash: row["contentHash"], startedAt: row["startedAt"],
                    endedAt: row["endedAt"], status: status, answers: sessionAnswers,
                    summary: ScoreSummary(answers: sessionAnswers, questionCount: row["questionCount"], rules: rules),
                    practice: RecordStore.decodePractice(row["practice"]))
            }
        }
    }

    /// The stored name of the student called `name` (any ASCII case, NFC), or nil when there is none, so
    /// `report --student` can say that a name is not in the records instead of showing nothing.
    ///
    /// ```swift
    /// try store.student(named: "ada")   // "Ada"
    /// ```
    public func student(named name: String) throws -> String? {
        let key = name.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        return try read { db in
            try String.fetchOne(db, sql: "SELECT name FROM students WHERE name = ?", arguments: [key])
        }
    }

    /// The titles of the quizzes on record, sorted.
    ///
    /// ```swift
    /// try store.quizTitles()   // ["Add to 20", "Sums and differences to 10"]
    /// ```
    public func quizTitles() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT quizTitle FROM sessions ORDER BY quizTitle")
        }
    }

    /// The class report for `filter`: class table, most-missed questions, and history.
    ///
    /// ```swift
    /// print(try store.report(ReportFilter(quizTitle: "Add to 20")).text())
    /// ```
    public func report(_ filter: ReportFilter = ReportFilter()) throws -> ClassReport {
        ClassReport(sessions: try sessions(matching: filter), rules: rules)
    }

    /// The `practice` column's facts; empty for NULL or anything unreadable (a hand-edited row).
    static func decodePractice(_ json: String?) -> [Fact] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([Fact].self, from: Data(json.utf8))) ?? []
    }

    /// Answers of the given sessions grouped by session id, each in recorded order; probabilities and
    /// strokes are decoded only when `ink` is true.
    static func fetchAnswers(_ db: Database, sessions: [Int64], ink: Bool) throws -> [Int64: [AnswerRecord]] {
        guard !sessions.isEmpty else { return [:] }
        let decoder = JSONDecoder()
        var result: [Int64: [AnswerRecord]] = [:]
        // Chunks keep the statement under SQLite's limit on bound variables.
        for start in stride(from: 0, to: sessions.count, by: 500) {
            let chunk = Array(sessions[start..<min(start + 500, sessions.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let columns = "sessionId, questionIndex, question, expected, read, input, seconds, attempt, outcome"
                + (ink ? ", probabilities, strokes" : "")
            let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM answers WHERE sessionId IN (\(marks)) ORDER BY id",
                                           arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                var probabilities: [[Double]] = [], strokes: [[PenPoint]] = []
                if ink {
                    let probabilitiesJSON: String = row["probabilities"], strokesJSON: String = row["strokes"]
                    probabilities = (try? decoder.decode([[Double]].self, from: Data(probabilitiesJSON.utf8))) ?? []
                    strokes = (try? decoder.decode([[PenPoint]].self, from: Data(strokesJSON.utf8))) ?? []
                }
                let answer = AnswerRecord(
                    questionIndex: row["questionIndex"], question: row["question"], expected: row["expected"],
                    read: row["read"], digitProbabilities: probabilities, strokes: strokes,
                    input: InputMethod(rawValue: row["input"]) ?? .drawn, seconds: row["seconds"],
                    attempt: row["attempt"], outcome: AnswerOutcome(rawValue: row["outcome"]) ?? .wrong)
                result[row["sessionId"], default: []].append(answer)
            }
        }
        return result
    }
}
