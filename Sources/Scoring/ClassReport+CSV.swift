import Foundation

extension ClassReport {
    /// The CSV header: one table for spreadsheets; the `table` column says which part a row belongs to
    /// (`student` = class table, `question` = missed question, `session` = one session).
    ///
    /// ```swift
    /// ClassReport.csvHeader.first   // "table"
    /// ```
    public static let csvHeader = ["table", "student", "quiz", "started", "status", "sessions", "completed",
                                   "score", "max_score", "percentage", "stars", "seconds",
                                   "question", "expected", "asked", "missed", "wrong_answers"]

    /// The whole report as RFC 4180 CSV (CRLF line ends, quoted where needed) with a header line.
    ///
    /// ```swift
    /// try report.csv().write(toFile: "class.csv", atomically: true, encoding: .utf8)
    /// ```
    public func csv() -> String {
        var rows = [ClassReport.csvHeader]
        func row(_ table: String, _ values: [String: String]) -> [String] {
            ClassReport.csvHeader.map { $0 == "table" ? table : values[$0] ?? "" }
        }
        for line in students {
            rows.append(row("student", [
                "student": line.student, "sessions": "\(line.sessions)", "completed": "\(line.completedSessions)",
                "score": "\(line.points)", "max_score": "\(line.maxPoints)",
                "percentage": String(format: "%.1f", line.percentage), "seconds": String(format: "%.1f", line.seconds),
            ]))
        }
        for missed in mostMissed {
            rows.append(row("question", [
                "question": missed.question, "expected": missed.expected, "asked": "\(missed.asked)",
                "missed": "\(missed.missed)", "wrong_answers": ClassReport.wrongAnswersText(missed.wrongAnswers),
            ]))
        }
        let iso = ISO8601DateFormatter()
        iso.timeZone = .current
        for session in sessions {
            rows.append(row("session", [
                "student": session.student, "quiz": session.quizTitle, "started": iso.string(from: session.startedAt),
                "status": session.status.rawValue, "score": "\(session.summary.points)",
                "max_score": "\(session.summary.maxPoints)",
                "percentage": String(format: "%.1f", session.summary.percentage),
                "stars": "\(session.summary.stars)", "seconds": String(format: "%.1f", session.summary.totalSeconds),
            ]))
        }
        return CSV.encode(rows)
    }
}

/// RFC 4180 encoding: fields with a comma, double quote, CR or LF are quoted, quotes doubled, CRLF line ends.
enum CSV {
    static func encode(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ value: String) -> String {
        let special = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        return special ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}
