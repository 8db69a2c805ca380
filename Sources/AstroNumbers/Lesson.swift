/// The flow of one lesson as a pure state machine: which question is asked, in which order, what an
/// answer does, when feedback shows, when time runs out, and where a resumed lesson picks up.
///
/// It knows nothing of screens, clocks or databases: the caller passes the time (seconds on any
/// monotonic clock) and records each `LessonAnswer` it gets back.
///
/// ```swift
/// var lesson = Lesson(questions: questions, rules: LessonRules(repeatMissed: 1), at: 0)
/// let answer = lesson.submit(.drawn("15"), at: 4.2)   // answer.outcome == .correct
/// if case .feedback = lesson.phase { lesson.proceed(at: 5) }
/// ```
public struct Lesson: Sendable {
    /// One asking of one question; `attempt` is 1 the first time and grows each time it comes back.
    public struct Turn: Hashable, Sendable {
        /// Index into `Lesson.questions`.
        public var question: Int
        public var attempt: Int

        public init(question: Int, attempt: Int) {
            self.question = question
            self.attempt = attempt
        }
    }

    /// What the lesson is waiting for.
    public enum Phase: Hashable, Sendable {
        /// A drawing (or typed digits) for `current`.
        case asking
        /// The child is looking at the verdict of this answer; `proceed(at:)` moves on.
        case feedback(LessonAnswer)
        /// Every turn has been answered, or the lesson's time ran out.
        case finished
    }

    public let questions: [LessonQuestion]
    public let rules: LessonRules
    /// Every turn planned so far, in order; missed questions are appended as they are missed.
    public private(set) var queue: [Turn]
    /// Index into `queue` of the turn being asked (equal to `queue.count` once finished).
    public private(set) var position: Int = 0
    public private(set) var phase: Phase
    /// Every submission, unreadable tries included, in order.
    public private(set) var answers: [LessonAnswer] = []
    /// Unreadable drawings given for the current turn so far.
    public private(set) var unreadableTries: Int = 0
    /// True when the lesson ended because its time limit ran out.
    public private(set) var ranOutOfTime = false

    private var startedAt: Double
    /// When the current turn appeared, or its last unreadable try was submitted.
    private var turnStartedAt: Double
    /// When the current turn first appeared (its time limit counts from there).
    private var turnFirstShownAt: Double

    /// Starts a lesson at time `now`, asking every question once in the given order.
    ///
    /// `timeAlreadyUsed` is the lesson time spent before an interruption (a resumed session): it counts
    /// against the lesson's time limit, while the first question's own clock starts afresh at `now`.
    public init(questions: [LessonQuestion], rules: LessonRules, at now: Double, timeAlreadyUsed: Double = 0) {
        self.questions = questions
        self.rules = rules
        self.queue = questions.indices.map { Turn(question: $0, attempt: 1) }
        self.phase = questions.isEmpty ? .finished : .asking
        self.startedAt = now - max(0, timeAlreadyUsed)
        self.turnStartedAt = now
        self.turnFirstShownAt = now
    }

    /// The turn being asked (or whose feedback shows); nil once finished.
    public var current: Turn? { position < queue.count ? queue[position] : nil }

    /// The question being asked; nil once finished.
    public var currentQuestion: LessonQuestion? { current.map { questions[$0.question] } }

    /// "3 of 10": the current turn's number and the turns planned (it grows when missed questions come back).
    public var progress: (number: Int, total: Int) { (min(position + 1, queue.count), queue.count) }

    /// The smaller of the question's and the lesson's remaining seconds, or nil when neither has a limit.
    ///
    /// ```swift
    /// lesson.timeLeft(at: now).map { "\(Int($0.rounded(.up))) s left" }
    /// ```
    public func timeLeft(at now: Double) -> Double? {
        var left: Double?
        if let limit = rules.questionTimeLimit, case .asking = phase {
            left = limit - (now - turnFirstShownAt)
        }
        if let limit = rules.sessionTimeLimit {
            let sessionLeft = limit - (now - startedAt)
            left = min(left ?? sessionLeft, sessionLeft)
        }
        return left.map { max(0, $0) }
    }

    /// Takes the child's answer to the current turn and returns it judged, ready to be recorded.
    ///
    /// An unreadable drawing (`.drawn(nil)`) is returned with outcome `.unreadable` and the same turn
    /// stays asked: it never counts as wrong. A readable answer moves to feedback (or straight on when
    /// feedback waits for the end); a wrong one brings the question back at the end while
    /// `rules.repeatMissed` allows. Returns nil when nothing is being asked.
    @discardableResult
    public mutating func submit(_ input: LessonInput, at now: Double) -> LessonAnswer? {
        guard case .asking = phase, let turn = current else { return nil }
        let given = input.text
        let outcome: LessonAnswer.Outcome
        switch input {
        case .timedOut: outcome = .wrong
        case .drawn, .typed:
            guard let given else {
                outcome = .unreadable
                break
            }
            outcome = given == questions[turn.question].expected ? .correct : .wrong
        }
        let answer = LessonAnswer(question: questions[turn.question], attempt: turn.attempt, given: given,
                                  input: input.method, outcome: outcome, seconds: max(0, now - turnStartedAt),
                                  unreadableTriesBefore: unreadableTries)
        answers.append(answer)
        if outcome == .unreadable {
            unreadableTries += 1
            turnStartedAt = now
            return answer
        }
        if outcome == .wrong, turn.attempt <= rules.repeatMissed {
            queue.append(Turn(question: turn.question, attempt: turn.attempt + 1))
        }
        if rules.feedback == .afterEachAnswer {
            phase = .feedback(answer)
        } else {
            advance(at: now)
        }
        return answer
    }

    /// Stops the clocks for `seconds` that were not the child's: the time an answer waited for the records
    /// (locked by another program) before the lesson could go on. The question's and the lesson's time limits
    /// and the next answer's seconds leave it out.
    ///
    /// ```swift
    /// let waited = saveStart.distance(to: now)
    /// lesson.pause(for: waited)
    /// ```
    public mutating func pause(for seconds: Double) {
        guard seconds > 0, seconds.isFinite else { return }
        startedAt += seconds
        turnStartedAt += seconds
        turnFirstShownAt += seconds
    }

    /// Leaves the feedback of the last answer and asks the next turn (or finishes).
    public mutating func proceed(at now: Double) {
        guard case .feedback = phase else { return }
        advance(at: now)
    }

    /// Checks the clocks: the lesson's time running out finishes it; the question's time running out
    /// submits it as wrong (returned, to be recorded). Call it on every tick of the screen.
    @discardableResult
    public mutating func checkTime(at now: Double) -> LessonAnswer? {
        if phase != .finished, let limit = rules.sessionTimeLimit, now - startedAt >= limit {
            ranOutOfTime = true
            phase = .finished
            return nil
        }
        if case .asking = phase, let limit = rules.questionTimeLimit, now - turnFirstShownAt >= limit {
            return submit(.timedOut, at: now)
        }
        return nil
    }

    /// Question indexes (into `questions`) whose latest counted answer was wrong, in quiz order: the ones
    /// the score screen offers to practise.
    public var missedQuestions: [Int] {
        var latest: [Int: LessonAnswer.Outcome] = [:]
        for answer in answers where answer.outcome != .unreadable {
            if let index = questions.firstIndex(where: { $0.index == answer.question.index }) {
                latest[index] = answer.outcome
            }
        }
        return latest.filter { $0.value == .wrong }.keys.sorted()
    }

    /// From the score screen: asks every missed question once more (a new attempt each), then finishes
    /// again. Does nothing when none was missed.
    public mutating func practiseMissed(at now: Double) {
        let missed = missedQuestions
        guard !missed.isEmpty else { return }
        var attempts: [Int: Int] = [:]
        for turn in queue { attempts[turn.question] = max(attempts[turn.question] ?? 0, turn.attempt) }
        queue.append(contentsOf: missed.map { Turn(question: $0, attempt: (attempts[$0] ?? 0) + 1) })
        ranOutOfTime = false
        phase = .asking
        startTurn(at: now)
    }

    /// Replays an answer found in the records, to resume an interrupted lesson where it stopped.
    ///
    /// Answers must come in the order they were given. One that does not belong to the current turn (a
    /// practice round after the score screen) starts that round first.
    ///
    /// ```swift
    /// var lesson = Lesson(questions: qs, rules: rules, at: now)
    /// for a in recorded { lesson.replay(questionIndex: a.questionIndex, attempt: a.attempt, given: a.read,
    ///                                   outcome: a.outcome, at: now) }
    /// ```
    public mutating func replay(questionIndex: Int, attempt: Int, given: String?, input: LessonAnswer.Method = .drawn,
                                outcome: LessonAnswer.Outcome, at now: Double) {
        guard let question = questions.firstIndex(where: { $0.index == questionIndex }) else { return }
        if phase == .finished, missedQuestions.contains(question) { practiseMissed(at: now) }
        guard case .asking = phase, let turn = current, turn.question == question else { return }
        let answer = LessonAnswer(question: questions[question], attempt: turn.attempt, given: given, input: input,
                                  outcome: outcome, seconds: 0, unreadableTriesBefore: unreadableTries)
        answers.append(answer)
        if outcome == .unreadable {
            unreadableTries += 1
            return
        }
        if outcome == .wrong, turn.attempt <= rules.repeatMissed {
            queue.append(Turn(question: question, attempt: turn.attempt + 1))
        }
        advance(at: now)
    }

    private mutating func advance(at now: Double) {
        position += 1
        if position >= queue.count {
            position = queue.count
            phase = .finished
        } else {
            phase = .asking
            startTurn(at: now)
        }
    }

    private mutating func startTurn(at now: Double) {
        unreadableTries = 0
        turnStartedAt = now
        turnFirstShownAt = now
    }
}

/// What the child gave for a question.
public enum LessonInput: Hashable, Sendable {
    /// What the engine read from the drawing; nil when it was unreadable.
    case drawn(String?)
    /// Digits typed on the keyboard (when the set allows it).
    case typed(String)
    /// The question's time ran out.
    case timedOut

    var text: String? {
        switch self {
        case .drawn(let text): return text
        case .typed(let text): return text
        case .timedOut: return nil
        }
    }

    var method: LessonAnswer.Method {
        if case .typed = self { return .typed }
        return .drawn
    }
}

/// One judged submission, with everything the records keep about it.
public struct LessonAnswer: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable {
        case correct, wrong, unreadable
    }

    public enum Method: String, Hashable, Sendable {
        case drawn, typed
    }

    public var question: LessonQuestion
    /// 1 the first time the question is asked, 2, 3… when it comes back.
    public var attempt: Int
    /// What was read or typed; nil for an unreadable drawing or a question whose time ran out.
    public var given: String?
    public var input: Method
    public var outcome: Outcome
    /// Seconds since the question appeared, or since the previous unreadable try.
    public var seconds: Double
    /// Unreadable drawings the child gave for this turn before this one.
    public var unreadableTriesBefore: Int
}
