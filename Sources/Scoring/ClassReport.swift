import Foundation

/// The teacher's view of the records: a class table, the questions most often missed (with the wrong
/// answers given), and the sessions themselves (one student's history when filtered by student).
///
/// ```swift
/// let report = try store.report(ReportFilter(since: try ReportFilter.date("2026-11-01")))
/// print(report.text())
/// try report.csv().write(toFile: "class.csv", atomically: true, encoding: .utf8)
/// ```
public struct ClassReport: Sendable, Equatable {
    /// One line of the class table.
    public struct StudentLine: Sendable, Equatable {
        public var student: String
        public var sessions: Int
        public var completedSessions: Int
        public var points: Int
        public var maxPoints: Int
        public var percentage: Double
        /// Seconds spent answering, all sessions together.
        public var seconds: Double
    }

    /// A question missed at least once, with the wrong answers children gave.
    public struct MissedQuestion: Sendable, Equatable {
        public var question: String
        public var expected: String
        /// Times the question was answered (first counted attempt of each session).
        public var asked: Int
        /// Times that answer was wrong (or never readable).
        public var missed: Int
        /// Wrong answers given, most frequent first; "?" stands for a drawing that was never read.
        public var wrongAnswers: [(answer: String, count: Int)]

        public static func == (a: MissedQuestion, b: MissedQuestion) -> Bool {
            a.question == b.question && a.expected == b.expected && a.asked == b.asked && a.missed == b.missed
                && a.wrongAnswers.map(\.answer) == b.wrongAnswers.map(\.answer)
                && a.wrongAnswers.map(\.count) == b.wrongAnswers.map(\.count)
        }
    }

    /// Class table, sorted by student name.
    public var students: [StudentLine]
    /// Missed questions, most missed first.
    public var mostMissed: [MissedQuestion]
    /// Every session covered, oldest first.
    public var sessions: [SessionRecord]

    /// Builds the report from sessions (as ``RecordStore/sessions(matching:)`` returns them).
    public init(sessions: [SessionRecord], rules: ScoringRules = .standard) {
        self.sessions = sessions

        var lines: [String: StudentLine] = [:]
        for session in sessions {
            var line = lines[session.student] ?? StudentLine(student: session.student, sessions: 0,
                                                             completedSessions: 0, points: 0, maxPoints: 0,
                                                             percentage: 0, seconds: 0)
            line.sessions += 1
            line.completedSessions += session.status == .completed ? 1 : 0
            line.points += session.summary.points
            line.maxPoints += session.summary.maxPoints
            line.seconds += session.summary.totalSeconds
            line.percentage = rules.percentage(points: line.points, maxPoints: line.maxPoints)
            lines[session.student] = line
        }
        students = lines.values.sorted {
            $0.student.localizedCaseInsensitiveCompare($1.student) == .orderedAscending
        }

        struct Key: Hashable { var question: String; var expected: String }
        var asked: [Key: Int] = [:]
        var wrong: [Key: [String: Int]] = [:]
        var order: [Key] = []
        for session in sessions {
            for question in session.summary.questions {
                let key = Key(question: question.question, expected: question.expected)
                if asked[key] == nil { order.append(key) }
                asked[key, default: 0] += 1
                if !question.isCorrect { wrong[key, default: [:]][question.read ?? "?", default: 0] += 1 }
            }
        }
        mostMissed = order.compactMap { key -> MissedQuestion? in
            guard let answers = wrong[key] else { return nil }
            let sorted = answers.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return MissedQuestion(question: key.question, expected: key.expected, asked: asked[key] ?? 0,
                                  missed: answers.values.reduce(0, +),
                                  wrongAnswers: sorted.map { (answer: $0.key, count: $0.value) })
        }.enumerated().sorted { a, b in
            // Most missed first; then the higher miss rate; then first asked first, for a stable order.
            if a.element.missed != b.element.missed { return a.element.missed > b.element.missed }
            let rateA = Double(a.element.missed) / Double(a.element.asked)
            let rateB = Double(b.element.missed) / Double(b.element.asked)
            if rateA != rateB { return rateA > rateB }
            return a.offset < b.offset
        }.map(\.element)
    }
}
