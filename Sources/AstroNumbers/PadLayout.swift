import Terminal

/// Where the parts of the drawing pad go on a screen of a given size.
///
///     let layout = PadLayout(size: Size(cols: 80, rows: 24))
///     layout.canvas // Rect(col: 1, row: 2, cols: 78, rows: 20)
public struct PadLayout: Hashable, Sendable {
    /// The smallest window the pad (and every Astro Numbers screen) is designed for.
    public static let minimumSize = Size(cols: 80, rows: 24)

    public let size: Size
    /// The title line.
    public let titleRow: Int
    /// The frame around the canvas.
    public let frame: Rect
    /// The cells one can draw on (inside the frame).
    public let canvas: Rect
    /// The help line.
    public let helpRow: Int
    /// False when the window is below `minimumSize` and the enlarge message is shown instead.
    public let fits: Bool

    public init(size: Size) {
        self.size = size
        fits = size.contains(PadLayout.minimumSize)
        titleRow = 0
        frame = Rect(col: 0, row: 1, cols: size.cols, rows: max(0, size.rows - 2))
        canvas = frame.inset(by: 1)
        helpRow = size.rows - 1
    }

    /// Screen cell → canvas cell (clamped to the canvas, so a drag leaving it follows its edge).
    public func canvasPoint(_ screenPoint: Position) -> Position {
        let p = canvas.clamp(screenPoint)
        return Position(col: p.col - canvas.minCol, row: p.row - canvas.minRow)
    }

    /// Canvas cell → screen cell.
    public func screenPoint(_ canvasPoint: Position) -> Position {
        Position(col: canvasPoint.col + canvas.minCol, row: canvasPoint.row + canvas.minRow)
    }
}
