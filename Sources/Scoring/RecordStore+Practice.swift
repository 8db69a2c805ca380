import Foundation

/// Reading a child's facts for practice (see ``FactHistory`` for the rule).
extension RecordStore {
    /// The history of `student`'s facts in every session on record, or only in sessions of the set titled
    /// `quizTitle`.
    ///
    /// ```swift
    /// let facts = try store.factHistory(student: "Ada")
    /// let plan = facts.pick(10)           // --practice: the ten facts Ada needs most
    /// ```
    public func factHistory(student: String, quizTitle: String? = nil) throws -> FactHistory {
        FactHistory(sessions: try sessions(matching: ReportFilter(student: student, quizTitle: quizTitle)))
    }
}
