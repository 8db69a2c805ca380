import Ink
import Terminal

/// The question screen: the problem in block digits, a canvas to draw the answer on, the live reading
/// after each stroke, and the Done button. Pure state: `handle` takes terminal events, `render` paints a
/// `TextFrame`; `PlaySession` runs it on the real screen.
///
/// Keys and mouse: drag with the left button to draw; Enter or a click on Done submits; Backspace or `u`
/// undoes a stroke; right-click or `c` clears; digits type the answer where allowed; Esc (or `q`) asks
/// before stopping.
///
/// ```swift
/// var screen = QuestionScreen(question: q, typingAllowed: false, canvas: layout.canvas.size)
/// if case .submit(let input, let reading) = screen.handle(event, layout: layout, reader: reader) { … }
/// let frame = screen.render(layout: layout, status: status, glyphs: .unicode)
/// ```
public struct QuestionScreen: Sendable {
    /// A message shown over the canvas.
    public enum Notice: Hashable, Sendable {
        case none
        /// The last drawing could not be read: draw it again (it did not count as wrong).
        case unreadable
        /// Enter was pressed on an empty canvas.
        case nothingDrawn
        /// Esc was pressed: stop the quiz?
        case confirmQuit
        /// The verdict on an answer, until the child moves on.
        case feedback(LessonAnswer)
        /// The answer is being saved (the records are locked by another program); `stopAsked` after Esc.
        case saving(stopAsked: Bool)
    }

    /// What the session should do after an event.
    public enum Action: Hashable, Sendable {
        case none
        /// The child submitted this answer (with the reading it came from, for the records).
        case submit(LessonInput, DrawnAnswer)
        /// The child saw the feedback and wants the next question.
        case proceed
        /// The child confirmed stopping the quiz.
        case quit
    }

    /// Digits a child can type: answers have at most four.
    public static let maximumTypedDigits = 4

    public let question: LessonQuestion
    /// Whether digits typed on the keyboard are an answer (the set allows it, or there is no mouse).
    public var typingAllowed: Bool
    /// False when the terminal gives no mouse reports: the screen asks for typing instead.
    public var mouseAvailable: Bool
    public private(set) var strokes: PadDrawing
    /// The canvas the strokes are in (changes with the window).
    public private(set) var canvas: Size
    /// The engine's reading of the strokes, updated after each stroke.
    public private(set) var reading: DrawnAnswer = .nothing
    public private(set) var typed = ""
    public var notice: Notice = .none

    public init(question: LessonQuestion, typingAllowed: Bool, mouseAvailable: Bool = true, canvas: Size) {
        self.question = question
        self.typingAllowed = typingAllowed || !mouseAvailable
        self.mouseAvailable = mouseAvailable
        self.strokes = PadDrawing()
        self.canvas = canvas
    }

    /// The strokes as the ink pipeline takes them.
    public var drawing: Drawing {
        Drawing(canvas: Ink.Canvas(cols: canvas.cols, rows: canvas.rows),
                strokes: strokes.strokes.map { $0.map { CellPoint(col: $0.col, row: $0.row) } })
    }

    /// Applies one event. `reader` is asked for a new reading whenever the strokes change.
    public mutating func handle(_ event: Event, layout: QuestionLayout, reader: AnswerReader) -> Action {
        if case .resize = event {
            relayout(layout, reader: reader)
            return .none
        }
        switch notice {
        case .feedback:
            switch event {
            case .key: return .proceed
            case .mouse(let mouse) where mouse.action == .press(.left): return .proceed
            default: return .none
            }
        case .confirmQuit:
            switch event {
            case .key(.control("c")): return .quit
            case .key(let key) where ConfirmKey.isYes(key): return .quit
            case .key: notice = .none
            default: break
            }
            return .none
        default:
            break
        }
        switch event {
        case .key(let key): return handle(key, reader: reader)
        case .mouse(let mouse) where layout.fits: return handle(mouse, layout: layout, reader: reader)
        default: return .none
        }
    }

    /// After an unreadable drawing: the canvas is cleared and the child is asked to draw it again.
    public mutating func askAgain() {
        strokes.clear()
        typed = ""
        reading = .nothing
        notice = .unreadable
    }

    /// Keeps the strokes when the window (and so the canvas) changes size.
    public mutating func relayout(_ layout: QuestionLayout, reader: AnswerReader) {
        strokes.end()
        guard layout.fits, layout.canvas.size != canvas else { return }
        let target = layout.canvas.size
        let rescaled = StrokeRescaling.rescale(drawing, to: Ink.Canvas(cols: target.cols, rows: target.rows))
        strokes = PadDrawing(strokes: rescaled.strokes.map { $0.map { Position(col: $0.col, row: $0.row) } })
        canvas = target
        reread(reader)
    }

    private mutating func handle(_ key: Key, reader: AnswerReader) -> Action {
        switch key {
        case .enter:
            return submission(reader: reader)
        case .escape, .character("q"), .character("Q"), .control("c"):
            notice = .confirmQuit
        case .backspace, .delete:
            if !typed.isEmpty {
                typed.removeLast()
            } else {
                strokes.undo()
                reread(reader)
            }
        case .character("u"), .character("U"):
            strokes.undo()
            reread(reader)
        case .character("c"), .character("C"):
            clear()
        default:
            if let digit = key.digit, typingAllowed, typed.count < Self.maximumTypedDigits {
                typed += String(digit)
                notice = .none
            }
        }
        return .none
    }

    private mutating func handle(_ mouse: MouseEvent, layout: QuestionLayout, reader: AnswerReader) -> Action {
        switch mouse.action {
        case .press(.left) where layout.canvas.contains(mouse.position):
            strokes.begin(at: layout.canvasPoint(mouse.position))
            typed = ""
            notice = .none
        case .press(.left) where layout.doneButton.contains(mouse.position):
            return submission(reader: reader)
        case .drag(.left):
            strokes.extend(to: layout.canvasPoint(mouse.position))
        case .release(.left):
            if strokes.isDrawing {
                strokes.extend(to: layout.canvasPoint(mouse.position))
                strokes.end()
                reread(reader)
            }
        case .press(.right):
            clear()
        default:
            break
        }
        return .none
    }

    private mutating func submission(reader: AnswerReader) -> Action {
        if strokes.isDrawing {
            strokes.end()
            reread(reader)
        }
        if !typed.isEmpty { return .submit(.typed(typed), DrawnAnswer(answer: typed)) }
        guard !strokes.strokes.isEmpty else {
            notice = .nothingDrawn
            return .none
        }
        return .submit(.drawn(reading.answer), reading)
    }

    private mutating func clear() {
        strokes.clear()
        typed = ""
        reading = .nothing
    }

    private mutating func reread(_ reader: AnswerReader) {
        reading = strokes.strokes.isEmpty ? .nothing : reader.read(drawing)
    }
}
