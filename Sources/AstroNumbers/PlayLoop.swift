import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// The lesson's event loop on the real screen.
struct PlayLoop {
    let screen: Screen
    let resources: PlayResources
    let options: PlayOptions
    /// The facts from earlier lessons this session practises (set when it starts or resumes).
    private var practised: [Fact] = []

    private var set: QuestionSet { resources.set }
    private var store: RecordStore { resources.store }

    init(screen: Screen, resources: PlayResources, options: PlayOptions) {
        self.screen = screen
        self.resources = resources
        self.options = options
    }

    mutating func run() throws -> PlayOutcome {
        guard let typed = try options.student ?? welcome() else { return .left }
        // Stored, shown and printed as the records keep it: trimmed, NFC.
        let student = try StudentName.normalised(typed)
        guard case .stored(let started, _) = try patiently({ try start(student: student) },
                                                           showing: savingFrame) else { return .left }
        let session = started.0
        var lesson = started.1
        practised = started.2
        var completed = false
        while true {
            switch try ask(&lesson, session: session, student: student) {
            case .stopped(let unsaved):
                // Stopping during practice after the score screen leaves the session completed. One try: a
                // session whose process has ended reads as interrupted anyway.
                if !completed {
                    do { try store.interrupt(session) } catch let error as RecordStoreError where error.isWorthRetrying {}
                }
                return .stopped(student: student, session: session.rawValue, unsavedAnswers: unsaved)
            case .finished:
                let finishing = try patiently({ () -> ScoreSummary in
                    try store.finish(session)
                    return try store.summary(of: session)
                }, showing: savingFrame)
                guard case .stored(let summary, let waited) = finishing else {
                    return .stopped(student: student, session: session.rawValue, unsavedAnswers: 0)
                }
                lesson.pause(for: waited)
                completed = true
                var score = ScoreScreen(student: student, quizTitle: set.shownTitle, summary: summary, ranOutOfTime: lesson.ranOutOfTime)
                score.practice = practiceNote(student: student, session: session)
                if try showScore(score) == .practiseMissed {
                    lesson.practiseMissed(at: Timing.now())
                    continue
                }
                return .finished(student: student, session: session.rawValue, points: summary.points, maxPoints: summary.maxPoints)
            }
        }
    }

    // MARK: Welcome

    private func welcome() throws -> String? {
        // The list only saves typing: records that are busy just now show none rather than stop the lesson.
        var welcome = WelcomeScreen(quizTitle: set.shownTitle, description: set.shownDescription, students: (try? store.students()) ?? [])
        while true {
            welcome.render(size: screen.size, glyphs: screen.glyphs).show(on: screen)
            guard let event = screen.nextEvent(timeout: 1000) else { continue }
            if case .signal = event { return nil }
            switch welcome.handle(event, size: screen.size) {
            case .start(let name): return name
            case .quit: return nil
            case .none: break
            }
        }
    }

    // MARK: Session

    /// A new session, or the student's interrupted one with `--resume` (its answers replayed), with the facts
    /// from earlier lessons it practises.
    private func start(student: String) throws -> (SessionID, Lesson, [Fact]) {
        let now = Timing.now()
        if options.resume, let point = try store.resumableSession(student: student, contentHash: set.contentHash) {
            let session = try store.resume(point)
            // The recorded seed makes the very same questions in the same order.
            let seed = point.seed ?? set.settings.seed ?? SessionSeed.seed(for: session.rawValue)
            // The time spent answering before the interruption still counts against a lesson time limit
            // (the break itself does not), so resuming never hands out a fresh allowance.
            let used = point.answers.reduce(0) { $0 + $1.seconds }
            var lesson = Lesson(questions: questions(seed: seed, practice: point.practice), rules: rules, at: now, timeAlreadyUsed: used)
            for answer in point.answers {
                lesson.replay(questionIndex: answer.questionIndex, attempt: answer.attempt, given: answer.read,
                              input: answer.input == .typed ? .typed : .drawn,
                              outcome: LessonAnswer.Outcome(rawValue: answer.outcome.rawValue) ?? .wrong, at: now)
            }
            return (session, lesson, point.practice)
        }
        let seed = set.newSeed()
        var practice: [Fact] = []
        if let want = PracticePlan.request(set: set, practiceFlag: options.practice) {
            practice = PracticePlan.facts(from: try store.factHistory(student: student, quizTitle: want.quizTitle), count: want.count)
        }
        let asked = questions(seed: seed, practice: practice)
        let session = try store.startSession(student: student, quizTitle: set.title, quizFile: set.file,
                                             contentHash: set.contentHash, questionCount: asked.count, seed: seed,
                                             practice: practice)
        return (session, Lesson(questions: asked, rules: rules, at: now), practice)
    }

    /// The session's questions for a seed (and the facts it practises first), numbered as the records number them.
    private func questions(seed: UInt64, practice: [Fact]) -> [LessonQuestion] {
        PracticePlan.questions(set: set, seed: seed, practice: practice).enumerated().map { index, question in
            LessonQuestion(index: index, prompt: question.text, expected: String(question.answer), working: question.working)
        }
    }

    private var rules: LessonRules {
        let s = set.settings
        return LessonRules(repeatMissed: s.repeatMissed, feedback: s.feedback == .atEnd ? .atEnd : .afterEachAnswer,
                           questionTimeLimit: s.timeLimitPerQuestion.map(Double.init),
                           sessionTimeLimit: s.timeLimitPerSession.map(Double.init),
                           typingAllowed: s.input == .drawOrType)
    }

    // MARK: Questions

    private enum Ending {
        case finished
        /// `unsavedAnswers`: 1 when the child stopped while an answer waited for the records.
        case stopped(unsavedAnswers: Int)
    }

    private func ask(_ lesson: inout Lesson, session: SessionID, student: String) throws -> Ending {
        var shown = -1
        var question: QuestionScreen?
        var lastDrawn: [String] = []
        var lastStyles: [[Style]] = []
        // An event that had already arrived when the last one was handled, and when the screen was last painted:
        // a flood of mouse reports (hundreds of drags sent at once) is painted at most every 30 ms, not once
        // per report, so the screen keeps up with it.
        var arrived: Event?
        var lastPaint = -Double.infinity
        while true {
            if lesson.phase == .finished { return .finished }
            guard let current = lesson.currentQuestion else { return .finished }
            if shown != lesson.position || question == nil {
                shown = lesson.position
                // What was typed before this question appeared was not meant for it.
                screen.discardTypeahead()
                arrived = nil
                let layout = QuestionLayout(size: screen.size, problem: current.prompt)
                question = QuestionScreen(question: current, typingAllowed: lesson.rules.typingAllowed,
                                          mouseAvailable: screen.mouseEncoding != nil, canvas: layout.canvas.size)
            }
            guard var screenState = question else { return .finished }
            let layout = QuestionLayout(size: screen.size, problem: current.prompt)
            let progress = lesson.progress
            let status = QuestionStatus(quizTitle: set.shownTitle, student: student, number: progress.number,
                                        total: progress.total, timeLeft: lesson.timeLeft(at: Timing.now()))
            if arrived == nil || Timing.now() - lastPaint >= 0.03 {
                let frame = screenState.render(layout: layout, status: status, glyphs: screen.glyphs, colours: screen.colorEnabled)
                // Styles count too: after a stroke the split may change only the colours of the ink.
                if frame.lines != lastDrawn || frame.styleRows != lastStyles {
                    frame.show(on: screen)
                    lastDrawn = frame.lines
                    lastStyles = frame.styleRows
                }
                lastPaint = Timing.now()
            }

            let event = arrived ?? screen.nextEvent(timeout: 250)
            arrived = nil
            let now = Timing.now()
            // The clocks first, even while the mouse keeps moving: a question whose time ran out is
            // submitted as it stands, and what arrived with it is dropped.
            if let timedOut = lesson.checkTime(at: now) {
                guard try save(timedOut, reading: .nothing, on: screenState, status: status, in: session, lesson: &lesson) else {
                    return .stopped(unsavedAnswers: 1)
                }
                lastDrawn = []
                if case .feedback = lesson.phase { screenState.notice = .feedback(timedOut) }
                question = screenState
                continue
            }
            guard let event else {
                question = screenState
                continue
            }
            if case .signal = event { return .stopped(unsavedAnswers: 0) }
            if lesson.phase == .finished { return .finished }   // the lesson's time ran out
            if case .resize = event { lastDrawn = [] }   // the terminal was cleared
            // The layout of the window as it is now (a resize event has just changed it).
            let windowLayout = QuestionLayout(size: screen.size, problem: current.prompt)
            switch screenState.handle(event, layout: windowLayout, reader: resources.reader) {
            case .none:
                break
            case .quit:
                return .stopped(unsavedAnswers: 0)
            case .proceed:
                lesson.proceed(at: now)
            case .submit(let input, let reading):
                if let answer = lesson.submit(input, at: now) {
                    guard try save(answer, reading: reading, on: screenState, status: status, in: session, lesson: &lesson) else {
                        return .stopped(unsavedAnswers: 1)
                    }
                    lastDrawn = []
                    if answer.outcome == .unreadable {
                        screenState.askAgain()
                    } else if case .feedback = lesson.phase {
                        screenState.notice = .feedback(answer)
                    }
                }
            }
            question = screenState
            arrived = screen.nextEvent(timeout: 0)
        }
    }

    /// Records `answer` before the lesson goes on, however long the records stay locked: meanwhile the
    /// question stays on screen saying "Saving your answer…" and its clocks stop. False if the child stopped
    /// first.
    private func save(_ answer: LessonAnswer, reading: DrawnAnswer, on screenState: QuestionScreen,
                      status: QuestionStatus, in session: SessionID, lesson: inout Lesson) throws -> Bool {
        let outcome = try patiently({ try record(answer, reading: reading, strokes: screenState, in: session) }) { stopAsked in
            var waiting = screenState
            waiting.notice = .saving(stopAsked: stopAsked)
            let layout = QuestionLayout(size: screen.size, problem: screenState.question.prompt)
            return waiting.render(layout: layout, status: status, glyphs: screen.glyphs, colours: screen.colorEnabled)
        }
        guard case .stored(_, let waited) = outcome else { return false }
        lesson.pause(for: waited)
        return true
    }

    private func record(_ answer: LessonAnswer, reading: DrawnAnswer, strokes: QuestionScreen, in session: SessionID) throws {
        let outcome: AnswerOutcome
        switch answer.outcome {
        case .correct: outcome = .correct
        case .wrong: outcome = .wrong
        case .unreadable: outcome = .unreadable
        }
        let pen = answer.input == .typed ? [] : strokes.drawing.strokes.map { stroke in
            stroke.map { Scoring.PenPoint(x: Double($0.col), y: Double($0.row)) }
        }
        try store.record(AnswerRecord(questionIndex: answer.question.index, question: answer.question.prompt,
                                      expected: answer.question.expected, read: answer.given,
                                      digitProbabilities: answer.input == .typed ? [] : reading.digitProbabilities,
                                      strokes: pen, input: answer.input == .typed ? .typed : .drawn,
                                      seconds: answer.seconds, attempt: answer.attempt, outcome: outcome),
                         in: session)
    }

    // MARK: Score

    /// For a session that practises: the facts it practised and those now learned (facts to learn before this
    /// session, learned with it). Nil for other sessions; and when the records are busy just now, the score
    /// screen goes without it rather than wait.
    private func practiceNote(student: String, session: SessionID) -> ScoreScreen.PracticeNote? {
        guard let want = PracticePlan.request(set: set, practiceFlag: options.practice),
              let sessions = try? store.sessions(matching: ReportFilter(student: student, quizTitle: want.quizTitle)) else { return nil }
        let before = FactHistory(sessions: sessions.filter { $0.id != session })
        let after = FactHistory(sessions: sessions)
        let wasToLearn = Set(before.toLearn.map(\.fact))
        return ScoreScreen.PracticeNote(practised: practised,
                                        nowLearned: after.learned.map(\.fact).filter { wasToLearn.contains($0) })
    }

    private func showScore(_ score: ScoreScreen) throws -> ScoreScreen.Action {
        while true {
            score.render(size: screen.size, glyphs: screen.glyphs).show(on: screen)
            guard let event = screen.nextEvent(timeout: 1000) else { continue }
            let action = score.handle(event)
            if action != .none { return action }
        }
    }
}
