import Foundation
import SafeOutput

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

    /// What `report --csv FILE` writes, and so the only kind of existing file it replaces: a CSV that begins
    /// with ``csvHeader`` (see `SafeOutput.OutputFile`).
    public static let csvKind = FileKind.csv(header: csvHeader.joined(separator: ","))

    /// The whole report as RFC 4180 CSV (CRLF line ends, quoted where needed) with a header line. Text that
    /// came from students or set files is made safe for a terminal (`report --csv -`) and for a spreadsheet:
    /// control characters are shown (`^[`), and a cell that starts with `=`, `+`, `-` or `@` gets a leading
    /// `'`, so a name like `=HYPERLINK(…)` is text, not a formula.
    ///
    /// ```swift
    /// try OutputFile.write(Data(report.csv().utf8), to: "class.csv", as: ClassReport.csvKind)
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
/// Every field is first made harmless (see ``ClassReport/csv()``).
enum CSV {
    static func encode(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ value: String) -> String {
        let safe = inert(value)
        let special = safe.contains { $0 == "," || $0 == "\"" }
        return special ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }

    /// Controls shown visibly (so no CR or LF is left to quote), and a leading `'` on what a spreadsheet would
    /// run as a formula. The report's own numbers never start with these characters.
    static func inert(_ value: String) -> String {
        let visible = TerminalText.visible(value)
        guard let first = visible.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return visible }
        return "'" + visible
    }
}
