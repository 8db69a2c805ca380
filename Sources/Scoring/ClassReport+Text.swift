import Foundation
import Messages
import SafeOutput

extension ClassReport {
    /// The report as aligned plain text for the terminal; `history` adds one line per session
    /// (the `report` command shows it when a single student is asked for). Names, titles and questions are
    /// shown through `TerminalText.visible`, so a name typed with escape sequences cannot act on the
    /// teacher's terminal.
    ///
    /// ```swift
    /// print(report.text(history: true, missedLimit: 10))
    /// ```
    public func text(history: Bool = false, missedLimit: Int = 10) -> String {
        var out = tr("report.class") + "\n"
        if students.isEmpty {
            out += tr("report.no-sessions") + "\n"
        } else {
            out += TextTable(header: [tr("report.column.student"), tr("report.column.sessions"), tr("report.column.score"),
                                      tr("report.column.percent"), tr("report.column.time")],
                             rightAligned: [1, 2, 3, 4],
                             rows: students.map { line in
                                 [line.student, "\(line.sessions)", "\(line.points)/\(line.maxPoints)",
                                  ClassReport.percent(line.percentage), ClassReport.duration(line.seconds)]
                             }).render(indent: 2)
        }
        out += "\n" + tr("report.most-missed") + "\n"
        if mostMissed.isEmpty {
            out += tr("report.none-missed") + "\n"
        } else {
            out += TextTable(header: [tr("report.column.question"), tr("report.column.expected"), tr("report.column.missed"),
                                      tr("report.column.wrong-answers")],
                             rightAligned: [1, 2],
                             rows: mostMissed.prefix(missedLimit).map { missed in
                                 [missed.question, missed.expected, tr("report.missed-of", ["missed": missed.missed, "asked": missed.asked]),
                                  ClassReport.wrongAnswersText(missed.wrongAnswers)]
                             }).render(indent: 2)
            if mostMissed.count > missedLimit {
                out += tr("report.more", ["count": mostMissed.count - missedLimit]) + "\n"
            }
        }
        if history {
            out += "\n" + tr("report.history") + "\n"
            out += TextTable(header: [tr("report.column.started"), tr("report.column.student"), tr("report.column.quiz"),
                                      tr("report.column.status"), tr("report.column.score"), tr("report.column.percent"),
                                      tr("report.column.stars"), tr("report.column.time")],
                             rightAligned: [4, 5, 7],
                             rows: sessions.map { session in
                                 [ClassReport.timestamp(session.startedAt), session.student, session.quizTitle,
                                  tr("report.status.\(session.status.rawValue)"), "\(session.summary.points)/\(session.summary.maxPoints)",
                                  ClassReport.percent(session.summary.percentage),
                                  String(repeating: "*", count: session.summary.stars),
                                  ClassReport.duration(session.summary.totalSeconds)]
                             }).render(indent: 2)
        }
        return out
    }

    /// `75.0%` in English, `75,0 %` in Spanish and French (`report.percent`).
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tr("report.percent", ["whole": tenths / 10, "tenth": tenths % 10])
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// Local time, minute precision: `2026-11-26 10:45`.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// `16 (3), 14 (1)`.
    static func wrongAnswersText(_ answers: [(answer: String, count: Int)]) -> String {
        answers.map { "\($0.answer) (\($0.count))" }.joined(separator: ", ")
    }
}

/// Columns padded to their widest cell, for plain-text reports.
struct TextTable {
    var header: [String]
    var rightAligned: Set<Int>
    var rows: [[String]]

    func render(indent: Int) -> String {
        let all = ([header] + rows).map { $0.map(TerminalText.visible) }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let pad = String(repeating: " ", count: indent)
        return all.map { cells in
            let padded = cells.enumerated().map { column, cell -> String in
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? fill + cell : cell + fill
            }
            return pad + padded.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "",
                                                                            options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
