import Messages
import Terminal

/// The drawing pad: a framed canvas on which the left mouse button draws. Right-click or `c` clears,
/// `u` or Backspace undoes the last stroke, `q`, Esc or Ctrl-C quits. It is the seed of the question
/// screen: the same canvas, events and strokes.
///
///     try DrawingPad.run()            // until the child quits
///
///     var pad = DrawingPad()          // or, without a terminal (tests):
///     let layout = PadLayout(size: Size(cols: 80, rows: 24))
///     pad.handle(.mouse(MouseEvent(.press(.left), at: Position(col: 10, row: 5))), layout: layout)
public struct DrawingPad: Hashable, Sendable {
    /// What the pad wants after an event.
    public enum Outcome: Hashable, Sendable {
        case keepGoing
        case quit
    }

    public static var title: String { tr("pad.title") }
    public static var help: String { tr("pad.help") }

    public private(set) var drawing = PadDrawing()

    public init(drawing: PadDrawing = PadDrawing()) {
        self.drawing = drawing
    }

    /// Opens the screen and runs the pad until it is quit. Throws `TerminalError` (not a terminal,
    /// unknown `TERM`, stopped by a signal) after the terminal has been restored.
    public static func run(options: Screen.Options = Screen.Options()) throws {
        try Screen.run(options: options) { screen in
            var pad = DrawingPad()
            pad.draw(on: screen)
            while true {
                guard let event = screen.nextEvent(timeout: 1000) else { continue }
                if case .signal = event { return }
                if pad.handle(event, layout: PadLayout(size: screen.size)) == .quit { return }
                pad.draw(on: screen)
            }
        }
    }

    /// Applies one event. Mouse events count only when the window is big enough; a press must be on
    /// the canvas, a drag may leave it (it follows the edge).
    @discardableResult
    public mutating func handle(_ event: Event, layout: PadLayout) -> Outcome {
        switch event {
        case .key(.character("q")), .key(.character("Q")), .key(.escape), .key(.control("c")), .signal:
            return .quit
        case .key(.character("c")), .key(.character("C")):
            drawing.clear()
        case .key(.character("u")), .key(.character("U")), .key(.backspace):
            drawing.undo()
        case .mouse(let mouse) where layout.fits:
            switch mouse.action {
            case .press(.left) where layout.canvas.contains(mouse.position):
                drawing.begin(at: layout.canvasPoint(mouse.position))
            case .drag(.left):
                drawing.extend(to: layout.canvasPoint(mouse.position))
            case .release(.left):
                if drawing.isDrawing { drawing.extend(to: layout.canvasPoint(mouse.position)) }
                drawing.end()
            case .press(.right):
                drawing.clear()
            default:
                break
            }
        case .resize:
            drawing.end()   // the button state was lost with the old size
        default:
            break
        }
        return .keepGoing
    }

    /// Draws the whole pad (or the enlarge message) and refreshes.
    public func draw(on screen: Screen) {
        let layout = PadLayout(size: screen.size)
        guard layout.fits else {
            EnlargeMessage.draw(on: screen, minimum: PadLayout.minimumSize)
            return
        }
        screen.clear()
        screen.put(Self.title, at: Position(col: 1, row: layout.titleRow), style: Style(.title, [.bold]))
        let count = tr("pad.strokes", count: drawing.strokes.count)
        screen.put(count, at: Position(col: layout.size.cols - count.count - 1, row: layout.titleRow), style: Style(.hint))
        screen.drawBox(layout.frame)
        for cell in drawing.inkCells where cell.col < layout.canvas.size.cols && cell.row < layout.canvas.size.rows {
            screen.put(screen.glyphs.ink, at: layout.screenPoint(cell), style: Style(.ink))
        }
        screen.put(Self.help, at: Position(col: 1, row: layout.helpRow), style: Style(.hint))
        screen.refresh()
    }
}
