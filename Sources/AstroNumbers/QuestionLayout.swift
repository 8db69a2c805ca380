import Messages
import Terminal

/// Where the parts of the question screen go on a window of a given size.
///
/// At 80×24: a status line (title, progress, time left), the problem in 5-row block digits, then a
/// framed canvas of 78×16 cells whose top border carries the keys and whose bottom border carries the
/// live reading and the Done button. Taller or wider windows give a bigger canvas; a problem too wide
/// for large digits uses the compact ones and the canvas gets the rows saved.
///
/// ```swift
/// let layout = QuestionLayout(size: Size(cols: 80, rows: 24), problem: "7 + 8 = ?")
/// layout.canvas    // Rect(col: 1, row: 7, cols: 78, rows: 16)
/// ```
public struct QuestionLayout: Hashable, Sendable {
    public static let minimumSize = PadLayout.minimumSize
    /// Label of the button that submits the drawing.
    public static var doneLabel: String { tr("question.done") }

    public let size: Size
    public let fits: Bool
    public let statusRow: Int
    /// The problem's block-digit lines and the row of the first one.
    public let problemLines: [String]
    public let problemRow: Int
    /// The frame around the canvas; its top and bottom borders carry text.
    public let frame: Rect
    /// The cells one can draw on.
    public let canvas: Rect
    /// Where the Done button sits (on the frame's bottom border).
    public let doneButton: Rect

    public init(size: Size, problem: String) {
        self.size = size
        fits = size.contains(Self.minimumSize)
        statusRow = 0
        let lines = BlockDigits.fit(problem, width: max(1, size.cols - 2))
        problemLines = lines
        problemRow = 1
        let frameTop = problemRow + lines.count
        frame = Rect(col: 0, row: frameTop, cols: size.cols, rows: max(0, size.rows - frameTop))
        canvas = frame.inset(by: 1)
        let doneCol = max(0, size.cols - Self.doneLabel.count - 3)
        doneButton = Rect(col: doneCol, row: frame.maxRow - 1, cols: Self.doneLabel.count, rows: 1)
    }

    /// Screen cell → canvas cell, clamped to the canvas so a drag leaving it follows its edge.
    public func canvasPoint(_ screenPoint: Position) -> Position {
        let p = canvas.clamp(screenPoint)
        return Position(col: p.col - canvas.minCol, row: p.row - canvas.minRow)
    }

    /// Canvas cell → screen cell.
    public func screenPoint(_ canvasPoint: Position) -> Position {
        Position(col: canvasPoint.col + canvas.minCol, row: canvasPoint.row + canvas.minRow)
    }
}
