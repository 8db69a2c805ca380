import Messages
import SafeOutput
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
        let key = summary.stars == 3 ? "score.brilliant" : summary.stars == 2 ? "score.well-done" : "score.good-try"
        return student.isEmpty ? tr(key + ".nameless") : tr(key, ["name": student])
    }

    /// "Score 8 of 10 · 80 % · time 2:31".
    public var scoreLine: String {
        let percent = Int(summary.percentage.rounded())
        return tr("score.line", ["points": summary.points, "max": summary.maxPoints, "percent": percent,
                                 "time": Clock.minutesAndSeconds(summary.totalSeconds)])
    }

    /// "Practised 3 facts from earlier lessons · now learned: 3 + 4 = 7, 5 + 5 = 10". The facts come from the
    /// records, so they are shown through `TerminalText.visible`.
    public static func practiceLine(_ note: PracticeNote) -> String {
        let count = note.practised.count
        var line = count == 0 ? PracticeWords.nothingToPractise : PracticeWords.practised(count)
        if !note.nowLearned.isEmpty { line += " · " + PracticeWords.nowLearned(note.nowLearned.map(\.description)) }
        return TerminalText.visible(line)
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
        if ranOutOfTime { frame.putCentred(tr("score.out-of-time"), row: 4, style: Style(.hint)) }
        if let practice { frame.putCentred(String(Self.practiceLine(practice).prefix(size.cols - 2)), row: 5, style: Style(.good)) }

        let listTop = 6, listBottom = size.rows - 2
        let rows = max(1, listBottom - listTop)
        let list = QuestionList(summary: summary, unicode: unicode, rows: rows, cols: size.cols - 2)
        for (index, line) in list.lines.enumerated() {
            let question = summary.questions[index]
            let p = Position(col: 2 + index / rows * list.columnWidth, row: listTop + index % rows)
            frame.put(line, at: p, style: question.isCorrect ? Style(.good) : Style(.bad, [.bold]))
        }
        if list.hidden > 0 {
            // Under the list, across the whole width: longer words never cut it.
            frame.put(tr("score.more", count: list.hidden), at: Position(col: 2, row: listBottom), style: Style(.hint))
        }
        let keys = toPractise > 0 ? tr("score.keys.practise", count: toPractise) : tr("score.keys.finish")
        frame.put(keys, at: Position(col: 1, row: size.rows - 1), style: Style(.hint))
        return frame
    }

    /// The list of questions, laid out for the words of the language shown: each line is
    /// `✗ 9 - 4 = ?  you: 6  answer: 5 (✓ later)`, its columns as wide as the longest question and reading.
    /// Up to two columns of lines; when the lines are too long for two, they get shorter step by step (the
    /// "(✓ later)" notes go, then the double spaces, then the words: `✗ 9 - 4 = ? 6 → 5`), and when even that
    /// is too long, one column shows what fits. The row under the list says how many more there are. A line
    /// is never cut, so no word is.
    struct QuestionList {
        let lines: [String]
        let columnWidth: Int
        /// Questions not shown.
        let hidden: Int

        private enum Form: CaseIterable {
            case full, withoutNotes, narrow, arrows
        }

        init(summary: ScoreSummary, unicode: Bool, rows: Int, cols: Int) {
            let questions = summary.questions
            let questionWidth = questions.map(\.question.count).max() ?? 0
            let readWidth = questions.map { ($0.read ?? "-").count }.max() ?? 1
            let you = tr("score.you"), answer = tr("score.answer"), later = tr("score.right-later")
            func line(_ question: ScoreSummary.Question, _ form: Form) -> String {
                let mark = question.isCorrect ? (unicode ? "✓" : "+") : (unicode ? "✗" : "x")
                let read = question.read ?? "-"
                let gap = form == .full || form == .withoutNotes ? "  " : " "
                if form == .arrows {
                    let text = "\(mark) \(question.question.padding(to: questionWidth)) \(read.padding(to: readWidth))"
                    return question.isCorrect ? text : text + " → \(question.expected)"
                }
                var line = "\(mark) \(question.question.padding(to: questionWidth))\(gap)\(you)\(read.padding(to: readWidth))"
                if !question.isCorrect {
                    line += "\(gap)\(answer)\(question.expected)"
                    if form == .full && question.practisedCorrectly { line += later }
                }
                return line
            }
            let twoColumns = questions.count > rows
            let width = twoColumns ? cols / 2 : cols
            // The first form whose every line fits the column (with a space before the next column).
            let form = Form.allCases.first { form in questions.allSatisfy { line($0, form).count < width } }
            let shown: Int
            if let form {
                shown = min(questions.count, 2 * rows)
                lines = questions.prefix(shown).map { line($0, form) }
                columnWidth = width
            } else {
                shown = min(questions.count, rows)
                lines = questions.prefix(shown).map { line($0, .arrows) }.map { String($0.prefix(cols - 1)) }
                columnWidth = cols
            }
            hidden = questions.count - shown
        }
    }
}

private extension String {
    /// The string with spaces after it up to `length` characters (none when it is that long already).
    func padding(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
