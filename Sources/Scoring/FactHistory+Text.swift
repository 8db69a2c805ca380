import Foundation

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

    /// The English words of the facts report, in one place (to move into the message catalogues).
    public enum Words {
        public static let toLearn = "Facts to learn (practised first by play --practice)"
        public static let toLearnColumns = ["Question", "Answer", "Missed", "Last missed", "Right since"]
        public static let nothingToLearn = "(none: every missed fact is learned)"
        public static let learned = "Learned after being missed (right in 2 later lessons)"
        public static let learnedColumns = ["Question", "Answer", "Missed", "Learned"]
        public static let noneLearned = "(none yet)"
        public static let practiceSessions = "Practice sessions"
        public static let practiceColumns = ["Started", "Quiz", "Facts practised"]
        public static func rightSince(_ right: Int, of needed: Int) -> String { "\(right) of \(needed)" }
    }
}
