import Foundation

/// One child's history of facts, and the spaced-repetition rule that chooses what to practise.
///
/// **The rule.** A fact is *missed* in a lesson when its first counted answer there is wrong (a drawing that
/// could not be read is never a miss). It stays *to learn* until it has been answered right in two later
/// lessons (after its latest miss); then it is *learned*, and a new miss makes it to learn again. Each fact
/// to learn has a weight: every miss counts 1, halved for each of the child's lessons since that miss (so
/// recent and repeated misses weigh most), and the total is halved again once the fact has been answered
/// right in one later lesson (half-way to learned). Practice takes the heaviest facts first (ties: the most
/// recently missed, then the question).
///
/// ```swift
/// let history = FactHistory(sessions: try store.sessions(matching: ReportFilter(student: "Ada")))
/// history.pick(5)              // the five facts Ada should practise next
/// history.learned.map(\.fact)  // facts she once missed and has since got right twice
/// ```
public struct FactHistory: Sendable, Equatable {
    /// Lessons a fact must be answered right in, after its latest miss, to be learned.
    public static let rightLessonsToLearn = 2

    /// Where one fact stands for the child.
    public struct Entry: Sendable, Equatable {
        public var fact: Fact
        /// Lessons in which the fact was missed.
        public var misses: Int
        /// When it was last missed (the start of that lesson).
        public var lastMissed: Date
        /// Later lessons in which it was answered right since its latest miss.
        public var rightSinceLastMiss: Int
        /// When it became learned (the lesson of its second right answer after the latest miss); nil while to learn.
        public var learnedAt: Date?
        /// How strongly practice should bring it back (0 once learned).
        public var weight: Double

        public var isLearned: Bool { learnedAt != nil }
    }

    /// Facts to learn, heaviest first: the order practice takes them in.
    public var toLearn: [Entry]
    /// Facts once missed and since learned, most recently learned first.
    public var learned: [Entry]

    /// The history in `sessions` (one child's, any order; only their first counted answers count).
    public init(sessions: [SessionRecord]) {
        let ordered = sessions.sorted { ($0.startedAt, $0.id.rawValue) < ($1.startedAt, $1.id.rawValue) }
        struct Track {
            var missLessons: [Int] = []
            var lastMissed = Date.distantPast
            var right = 0
            var learnedAt: Date?
        }
        var tracks: [Fact: Track] = [:]
        var order: [Fact] = []
        for (lesson, session) in ordered.enumerated() {
            for (fact, correct) in FactHistory.firstAnswers(session.answers) {
                var track = tracks[fact] ?? Track()
                if tracks[fact] == nil && correct { continue }   // never missed: not a fact to learn
                if tracks[fact] == nil { order.append(fact) }
                if correct {
                    track.right += 1
                    if track.right == FactHistory.rightLessonsToLearn { track.learnedAt = session.startedAt }
                } else {
                    track.missLessons.append(lesson)
                    track.lastMissed = session.startedAt
                    track.right = 0
                    track.learnedAt = nil
                }
                tracks[fact] = track
            }
        }
        let lessons = ordered.count
        let entries = order.compactMap { fact -> Entry? in
            guard let track = tracks[fact] else { return nil }
            var weight = 0.0
            if track.learnedAt == nil {
                weight = track.missLessons.reduce(0) { $0 + pow(0.5, Double(lessons - 1 - $1)) }
                if track.right > 0 { weight /= 2 }
            }
            return Entry(fact: fact, misses: track.missLessons.count, lastMissed: track.lastMissed,
                         rightSinceLastMiss: min(track.right, FactHistory.rightLessonsToLearn),
                         learnedAt: track.learnedAt, weight: weight)
        }
        toLearn = entries.filter { !$0.isLearned }.sorted { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            if a.lastMissed != b.lastMissed { return a.lastMissed > b.lastMissed }
            return a.fact.question < b.fact.question
        }
        learned = entries.filter(\.isLearned).sorted { ($0.learnedAt ?? .distantPast) > ($1.learnedAt ?? .distantPast) }
    }

    /// The first `count` facts to practise, heaviest first.
    public func pick(_ count: Int) -> [Fact] { toLearn.prefix(max(0, count)).map(\.fact) }

    /// Each question's first counted answer in one session: right or wrong (unreadable tries skipped; a
    /// question never answered readably is left out), in question order.
    static func firstAnswers(_ answers: [AnswerRecord]) -> [(Fact, Bool)] {
        let byQuestion = Dictionary(grouping: answers, by: \.questionIndex)
        return byQuestion.keys.sorted().compactMap { index in
            let tries = byQuestion[index] ?? []
            guard let firstAttempt = tries.map(\.attempt).min(),
                  let counted = tries.first(where: { $0.attempt == firstAttempt && $0.outcome.counts }) else { return nil }
            return (Fact(question: counted.question, expected: counted.expected), counted.outcome == .correct)
        }
    }
}
