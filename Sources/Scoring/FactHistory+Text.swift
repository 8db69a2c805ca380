import Foundation
import Messages

extension FactHistory {
    /// A child's facts for `report --student`: the facts still to learn (in the order practice takes them),
    /// the facts learned after being missed, and what each practice session practised. Text goes through
    /// `TerminalText.visible`.
    ///
    /// ```swift
    /// let sessions = try store.sessions(matching: ReportFilter(student: "Ada"))
    /// print(FactHistory(sessions: sessions).text(sessions: sessions))
    /// ```
    public func text(sessions: [SessionRecord]) -> String {
        var out = Words.toLearn + "\n"
        if toLearn.isEmpty {
            out += "  " + Words.nothingToLearn + "\n"
        } else {
            out += TextTable(header: Words.toLearnColumns, rightAligned: [1, 2],
                             rows: toLearn.map { entry in
                                 [entry.fact.question, entry.fact.expected, "\(entry.misses)",
                                  ClassReport.timestamp(entry.lastMissed),
                                  Words.rightSince(entry.rightSinceLastMiss, of: FactHistory.rightLessonsToLearn)]
                             }).render(indent: 2)
        }
        out += "\n" + Words.learned + "\n"
        if learned.isEmpty {
            out += "  " + Words.noneLearned + "\n"
        } else {
            out += TextTable(header: Words.learnedColumns, rightAligned: [1, 2],
                             rows: learned.map { entry in
                                 [entry.fact.question, entry.fact.expected, "\(entry.misses)",
                                  entry.learnedAt.map(ClassReport.timestamp) ?? ""]
                             }).render(indent: 2)
        }
        let practice = sessions.filter { !$0.practice.isEmpty }
        if !practice.isEmpty {
            out += "\n" + Words.practiceSessions + "\n"
            out += TextTable(header: Words.practiceColumns, rightAligned: [],
                             rows: practice.map { session in
                                 [ClassReport.timestamp(session.startedAt), session.quizTitle,
                                  session.practice.map(\.description).joined(separator: ", ")]
                             }).render(indent: 2)
        }
        return out
    }

    /// The facts report's words, in one place, from the message catalogues (`report.facts.*` keys).
    public enum Words {
        public static var toLearn: String { tr("report.facts.to-learn") }
        public static var toLearnColumns: [String] {
            ["question", "answer", "missed", "last", "right"].map { tr("report.facts.column.\($0)") }
        }
        public static var nothingToLearn: String { tr("report.facts.nothing") }
        public static var learned: String { tr("report.facts.learned") }
        public static var learnedColumns: [String] {
            ["question", "answer", "missed", "learned"].map { tr("report.facts.column.\($0)") }
        }
        public static var noneLearned: String { tr("report.facts.none-learned") }
        public static var practiceSessions: String { tr("report.facts.practice") }
        public static var practiceColumns: [String] {
            ["started", "quiz", "practised"].map { tr("report.facts.column.\($0)") }
        }
        public static func rightSince(_ right: Int, of needed: Int) -> String {
            tr("report.facts.right-since", ["right": right, "needed": needed])
        }
    }
}
