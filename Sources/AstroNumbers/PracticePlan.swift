import Quiz
import Scoring

/// How a session practises the child's own mistakes: whether it does, which facts it asks, and its questions
/// (the facts first, then the set's own questions up to the session's length). The rule that ranks the facts
/// is ``FactHistory``'s; this turns facts back into questions and fills the session.
///
/// ```swift
/// if let want = PracticePlan.request(set: set, practiceFlag: options.practice) {
///     let history = try store.factHistory(student: "Ada", quizTitle: want.quizTitle)
///     let facts = PracticePlan.facts(from: history, count: want.count)
///     let questions = PracticePlan.questions(set: set, seed: seed, practice: facts)
/// }
/// ```
public enum PracticePlan {
    /// What a session practises: up to `count` facts, from the sessions of the set titled `quizTitle` (nil:
    /// every set). `play --practice` asks for the whole session from every set; a set's `practice = N` for N
    /// facts from its own earlier lessons. Nil when the session does not practise.
    public static func request(set: QuestionSet, practiceFlag: Bool) -> (count: Int, quizTitle: String?)? {
        if practiceFlag { return (set.sessionLength, nil) }
        if set.settings.practice > 0 { return (min(set.settings.practice, set.sessionLength), set.title) }
        return nil
    }

    /// The first `count` facts to learn, heaviest first, that are questions a child can answer here (a fact
    /// whose text no longer reads as a question, from a hand-edited file or another program, is passed over).
    public static func facts(from history: FactHistory, count: Int) -> [Fact] {
        var chosen: [Fact] = []
        for entry in history.toLearn where chosen.count < count {
            if question(for: entry.fact) != nil { chosen.append(entry.fact) }
        }
        return chosen
    }

    /// The question a fact was: its text read back, with the same text and answer; nil otherwise.
    public static func question(for fact: Fact) -> Question? {
        guard let question = try? AskParser.question(from: fact.question),
              question.text == fact.question, String(question.answer) == fact.expected else { return nil }
        return question
    }

    /// The session's questions for `seed`: the practice facts first, then the set's own session order
    /// (leaving out questions already asked as practice), `set.sessionLength` in all, or fewer only when
    /// the set has no more. The same seed and facts always give the same questions (a resumed session).
    public static func questions(set: QuestionSet, seed: UInt64, practice: [Fact]) -> [Question] {
        let practised = practice.compactMap(question(for:))
        guard !practised.isEmpty else { return set.session(seed: seed) }
        // The whole set in this seed's order: its first questions are exactly the plain session's.
        var whole = set
        whole.settings.questionCount = nil
        let asked = Set(practised.map(\.text))
        let own = whole.session(seed: seed).filter { !asked.contains($0.text) }
        return practised + own.prefix(max(0, set.sessionLength - practised.count))
    }
}
