import Ink
import Messages
import Terminal

/// What the status line of the question screen says.
///
/// ```swift
/// QuestionStatus(quizTitle: "Sums to 10", student: "Ada", number: 3, total: 10, timeLeft: 25).text
/// ```
public struct QuestionStatus: Hashable, Sendable {
    public var quizTitle: String
    public var student: String
    public var number: Int
    public var total: Int
    /// Seconds left on the question's or the lesson's clock, if the set has a time limit.
    public var timeLeft: Double?

    public init(quizTitle: String, student: String, number: Int, total: Int, timeLeft: Double? = nil) {
        self.quizTitle = quizTitle
        self.student = student
        self.number = number
        self.total = total
        self.timeLeft = timeLeft
    }

    /// The right-hand part: "Ada · 3 of 10 · 0:25 left".
    public var progressText: String {
        var parts = [student, tr("status.progress", ["number": number, "total": total])].filter { !$0.isEmpty }
        if let timeLeft { parts.append(tr("status.time-left", ["time": Clock.minutesAndSeconds(timeLeft.rounded(.up))])) }
        return parts.joined(separator: " · ")
    }
}

extension QuestionScreen {
    /// Paints the whole screen for `layout` (the enlarge message when the window is too small). The ink of each
    /// digit read has its own colour (`ColorRole.digitInks`); with `colours` false (`NO_COLOR`, a monochrome
    /// terminal) each digit gets a bracket under its ink instead, so the child sees the split either way.
    public func render(layout: QuestionLayout, status: QuestionStatus, glyphs: Glyphs, colours: Bool = true) -> TextFrame {
        guard layout.fits else { return TextFrame.enlargeMessage(size: layout.size, glyphs: glyphs) }
        var frame = TextFrame(size: layout.size, glyphs: glyphs)
        let size = layout.size
        let progress = " " + status.progressText + " "
        frame.put(" Astro Numbers · \(status.quizTitle)".prefix(max(0, size.cols - progress.count - 1)).description,
                  at: Position(col: 0, row: layout.statusRow), style: Style(.title, [.bold]))
        frame.put(progress, at: Position(col: size.cols - progress.count, row: layout.statusRow), style: Style(.hint))
        for (offset, line) in layout.problemLines.enumerated() {
            frame.putCentred(line, row: layout.problemRow + offset, style: Style(.title, [.bold]))
        }
        frame.box(layout.frame)
        renderBorders(into: &frame, layout: layout)
        renderCanvas(into: &frame, layout: layout, colours: colours)
        return frame
    }

    private func renderBorders(into frame: inout TextFrame, layout: QuestionLayout) {
        let top = layout.frame.minRow, bottom = layout.frame.maxRow - 1
        let (what, keys) = topLabels(width: layout.size.cols)
        frame.put(what, at: Position(col: 2, row: top), style: Style(.title))
        frame.put(keys, at: Position(col: max(2 + what.count, layout.size.cols - keys.count - 2), row: top), style: Style(.hint))

        let said: (String, Style)
        if case .feedback = notice {
            said = (tr("question.next"), Style(.hint))
        } else if !typed.isEmpty {
            said = (tr("question.typed", ["answer": typed]), Style(.good, [.bold]))
        } else if strokes.strokes.isEmpty {
            said = (tr(mouseAvailable ? "question.hint.draw" : "question.hint.type"), Style(.hint))
        } else if let answer = reading.answer {
            said = (tr("question.read", ["answer": answer]), Style(.good, [.bold]))
        } else {
            said = (tr("question.cannot-read"), Style(.bad))
        }
        frame.put(said.0, at: Position(col: 2, row: bottom), style: said.1)
        frame.put(QuestionLayout.doneLabel, at: layout.doneButton.origin, style: Style(.button, [.bold]))
    }

    /// What to do and the keys, on the frame's top border. When a language's words are too long for both
    /// (French keys beside "draw or type"), a shorter label is said ("draw your answer", then "your answer",
    /// then nothing: the hint under the canvas says it too): the keys are never cut.
    func topLabels(width: Int) -> (what: String, keys: String) {
        let keys = tr(mouseAvailable ? "question.keys.mouse" : "question.keys.typing")
        let choices = [tr(!mouseAvailable ? "question.type" : typingAllowed ? "question.draw-or-type" : "question.draw"),
                       tr(!mouseAvailable ? "question.type" : "question.draw"), tr("question.short"), ""]
        // 2 cells of frame before the first label and after the keys.
        let what = choices.first { 2 + $0.count + keys.count + 2 <= width } ?? ""
        return (what, keys)
    }

    private func renderCanvas(into frame: inout TextFrame, layout: QuestionLayout, colours: Bool) {
        let area = layout.canvas
        let middle = area.minRow + area.size.rows / 2
        if case .feedback(let answer) = notice {
            renderFeedback(answer, into: &frame, area: area)
            return
        }
        let style: FineCanvas.Style = frame.glyphs.fineStrokes ? .braille : .cells
        let visible = Drawing(canvas: Ink.Canvas(cols: area.size.cols, rows: area.size.rows), strokes: drawing.strokes)
        let labels = digitLabels
        for (row, line) in FineCanvas.render(visible, style: style, labels: labels).enumerated() {
            for (col, cell) in line.enumerated() where cell.character != " " {
                frame.put(String(cell.character), at: Position(col: area.minCol + col, row: area.minRow + row),
                          style: Style(Self.inkRole(label: cell.label)))
            }
        }
        if !colours { renderDigitMarkers(into: &frame, area: area) }
        if !typed.isEmpty {
            let lines = BlockDigits.fit(typed, width: area.size.cols)
            for (offset, line) in lines.enumerated() {
                frame.putCentred(line, row: middle - lines.count / 2 + offset, style: Style(.ink, [.bold]),
                                 minCol: area.minCol, maxCol: area.maxCol)
            }
        }
        let message: [String]
        switch notice {
        case .unreadable: message = [tr("question.unreadable"), tr("question.draw-again")]
        case .nothingDrawn: message = [tr(mouseAvailable ? "question.draw-first" : "question.type-first")]
        case .confirmQuit: message = [tr("question.stop"), tr("question.stop.saved"), tr("question.stop.keys", ["yes": tr("key.yes")])]
        case .saving(stopAsked: false): message = SavingScreen.savingAnswer
        case .saving(stopAsked: true): message = SavingScreen.stopWhileSaving
        case .none, .feedback: message = []
        }
        let question: Bool
        switch notice {
        case .confirmQuit, .saving: question = true
        default: question = false
        }
        for (offset, line) in message.enumerated() {
            frame.putCentred(" \(line) ", row: middle - message.count / 2 + offset,
                             style: Style(question ? .button : .bad, [.bold]), minCol: area.minCol, maxCol: area.maxCol)
        }
    }

    /// For each stroke: 1 + the index of the digit it was read as, -1 when the reading ignored it (a stray
    /// dot), 0 when it has not been read (being drawn, or nothing was read).
    var digitLabels: [Int] {
        var labels = [Int](repeating: reading.digitStrokes.isEmpty ? 0 : -1, count: strokes.strokes.count)
        for (digit, members) in reading.digitStrokes.enumerated() {
            for k in members where k < labels.count { labels[k] = digit + 1 }
        }
        if strokes.isDrawing, let last = labels.indices.last { labels[last] = 0 }
        return labels
    }

    /// Digit k's ink is `ColorRole.digitInks[k % 4]`; ignored ink is a hint, ink not read yet plain ink.
    static func inkRole(label: Int) -> ColorRole {
        label > 0 ? ColorRole.digitInks[(label - 1) % ColorRole.digitInks.count] : label < 0 ? .hint : .ink
    }

    /// Without colour, a bracket under each digit read (`└──┘`, across the columns of its ink), all on the
    /// row under the lowest ink (or the canvas's last row).
    private func renderDigitMarkers(into frame: inout TextFrame, area: Rect) {
        let spans: [(left: Int, right: Int, bottom: Int)] = reading.digitStrokes.compactMap { members in
            let cells = members.filter { $0 < strokes.strokes.count }.flatMap { strokes.strokes[$0] }
                .filter { $0.col >= 0 && $0.col < area.size.cols && $0.row >= 0 && $0.row < area.size.rows }
            guard let first = cells.first else { return nil }
            return cells.reduce((first.col, first.col, first.row)) { (min($0.0, $1.col), max($0.1, $1.col), max($0.2, $1.row)) }
        }
        guard let lowest = spans.map(\.bottom).max() else { return }
        let row = area.minRow + min(lowest + 1, area.size.rows - 1)
        for span in spans {
            let width = span.right - span.left + 1
            let bracket = width == 1 ? "─" : "└" + String(repeating: "─", count: width - 2) + "┘"
            frame.put(bracket, at: Position(col: area.minCol + span.left, row: row), style: Style(.normal, [.bold]))
        }
    }

    private func renderFeedback(_ answer: LessonAnswer, into frame: inout TextFrame, area: Rect) {
        let unicode = frame.glyphs.fineStrokes
        let headline: String
        let style: Style
        switch answer.outcome {
        case .correct:
            headline = (unicode ? "✓ " : "") + tr("feedback.right")
            style = Style(.good, [.bold])
        case .wrong, .unreadable:
            headline = answer.given.map { tr("feedback.wrong", ["answer": $0]) } ?? tr("feedback.time-up")
            style = Style(.bad, [.bold])
        }
        let working = BlockDigits.fit(answer.question.working, width: area.size.cols - 2)
        let height = 2 + working.count
        let top = area.minRow + max(0, (area.size.rows - height) / 2)
        frame.putCentred(headline, row: top, style: style, minCol: area.minCol, maxCol: area.maxCol)
        for (offset, line) in working.enumerated() {
            frame.putCentred(line, row: top + 2 + offset, style: Style(answer.outcome == .correct ? .good : .title, [.bold]),
                             minCol: area.minCol, maxCol: area.maxCol)
        }
    }
}

/// Formatting of durations for children and teachers.
enum Clock {
    /// "2:05" for 125 seconds.
    static func minutesAndSeconds(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.isFinite ? seconds : 0))
        let s = whole % 60
        return "\(whole / 60):\(s < 10 ? "0" : "")\(s)"
    }
}
