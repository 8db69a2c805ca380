import Scoring
import Terminal

/// The end-of-session score screen: score, percentage, stars and time, then every question with what
/// was read and what was expected, the missed ones highlighted. `p` practises the missed questions
/// again; Enter (or `q`, Esc) finishes.
///
/// ```swift
/// let screen = ScoreScreen(student: "Ada", quizTitle: "Sums to 10", summary: try store.summary(of: session))
/// screen.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).show(on: terminal)
/// ```
public struct ScoreScreen: Sendable {
    public enum Action: Hashable, Sendable {
        case none
        case practiseMissed
        case finish
    }

    /// What a practice session practised, for the line under the score.
    public struct PracticeNote: Sendable, Equatable {
        /// Facts from earlier lessons this session asked first.
        public var practised: [Fact]
        /// Facts that were to learn before this session and are learned now.
        public var nowLearned: [Fact]

        public init(practised: [Fact], nowLearned: [Fact]) {
            self.practised = practised
            self.nowLearned = nowLearned
        }
    }

    public let student: String
    public let quizTitle: String
    public let summary: ScoreSummary
    /// Whether the lesson ended because its time ran out.
    public var ranOutOfTime: Bool
    /// For a practice session: what it practised and what is now learned.
    public var practice: PracticeNote?

    public init(student: String, quizTitle: String, summary: ScoreSummary, ranOutOfTime: Bool = false) {
        self.student = student
        self.quizTitle = quizTitle
        self.summary = summary
        self.ranOutOfTime = ranOutOfTime
    }

    /// Questions still to practise: missed at first and not put right since.
    public var toPractise: Int { summary.missed.filter { !$0.practisedCorrectly }.count }

    public func handle(_ event: Event) -> Action {
        switch event {
        case .key(.character("p")), .key(.character("P")), .key(.character("r")), .key(.character("R")):
            return toPractise > 0 ? .practiseMissed : .none
        case .key(.enter), .key(.escape), .key(.character("q")), .key(.character("Q")), .key(.control("c")), .signal:
            return .finish
        default:
            return .none
        }
    }

    /// The headline: "Well done, Ada!" or a gentler one.
    public var headline: String {
        let name = student.isEmpty ? "" : ", \(student)"
        switch summary.stars {
        case 3: return "Brilliant\(name)!"
        case 2: return "Well done\(name)!"
        default: return "Good try\(name)! Practice makes perfect."
        }
    }

    /// "Score 8 of 10 · 80 % · time 2:31".
    public var scoreLine: String {
        let percent = Int(summary.percentage.rounded())
        return "Score \(summary.points) of \(summary.maxPoints) · \(percent) % · time \(Clock.minutesAndSeconds(summary.totalSeconds))"
    }

    /// "Practised 3 facts from earlier lessons · now learned: 3 + 4 = 7, 5 + 5 = 10".
    public static func practiceLine(_ note: PracticeNote) -> String {
        let count = note.practised.count
        var line = count == 0 ? PracticeWords.nothingToPractise : PracticeWords.practised(count)
        if !note.nowLearned.isEmpty { line += " · " + PracticeWords.nowLearned(note.nowLearned.map(\.description)) }
        return line
    }

    public func render(size: Size, glyphs: Glyphs) -> TextFrame {
        guard size.contains(QuestionLayout.minimumSize) else { return TextFrame.enlargeMessage(size: size, glyphs: glyphs) }
        var frame = TextFrame(size: size, glyphs: glyphs)
        let unicode = glyphs.fineStrokes
        frame.put(" Astro Numbers · \(quizTitle)", at: Position(col: 0, row: 0), style: Style(.title, [.bold]))
        let stars = unicode
            ? String(repeating: "★", count: summary.stars) + String(repeating: "☆", count: 3 - summary.stars)
            : String(repeating: "*", count: summary.stars) + String(repeating: ".", count: 3 - summary.stars)
        frame.putCentred("\(headline)   \(stars)", row: 2, style: Style(.good, [.bold]))
        frame.putCentred(scoreLine, row: 3, style: Style(.title, [.bold]))
        if ranOutOfTime { frame.putCentred("The time for this quiz ran out.", row: 4, style: Style(.hint)) }
        if let practice { frame.putCentred(String(Self.practiceLine(practice).prefix(size.cols - 2)), row: 5, style: Style(.good)) }

        let listTop = 6, listBottom = size.rows - 2
        let rows = max(1, listBottom - listTop)
        let columns = max(1, min(2, (summary.questions.count + rows - 1) / rows))
        let width = (size.cols - 2) / columns
        for (index, question) in summary.questions.enumerated() {
            let column = index / rows
            guard column < columns else {
                frame.put("… and \(summary.questions.count - index) more (see the teacher's report)",
                          at: Position(col: 2, row: listBottom - 1), style: Style(.hint))
                break
            }
            let p = Position(col: 2 + column * width, row: listTop + index % rows)
            let mark = question.isCorrect ? (unicode ? "✓" : "+") : (unicode ? "✗" : "x")
            let read = question.read ?? "-"
            var line = "\(mark) \(question.question.padding(to: 14)) you: \(read.padding(to: 5))"
            if !question.isCorrect {
                line += "answer: \(question.expected)"
                if question.practisedCorrectly { line += unicode ? " (✓ later)" : " (right later)" }
            }
            frame.put(String(line.prefix(width - 1)), at: p, style: question.isCorrect ? Style(.good) : Style(.bad, [.bold]))
        }
        let keys = toPractise > 0 ? " p: practise the \(toPractise) missed · Enter: finish " : " Enter: finish "
        frame.put(keys, at: Position(col: 1, row: size.rows - 1), style: Style(.hint))
        return frame
    }
}

private extension String {
    func padding(to length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
