/// The drawing area of the question screen, measured in terminal cells.
///
/// Terminal cells are taller than wide; `cellAspect` is height / width (about 2.0 in most fonts), so the
/// ink pipeline can draw a stroke with the proportions the child saw.
///
/// ```swift
/// let canvas = Canvas(cols: 48, rows: 16)          // cellAspect 2.0
/// canvas.contains(CellPoint(col: 47, row: 15))      // true
/// ```
public struct Canvas: Hashable, Sendable {
    public var cols: Int
    public var rows: Int
    /// Cell height divided by cell width.
    public var cellAspect: Double

    public init(cols: Int, rows: Int, cellAspect: Double = 2.0) {
        self.cols = cols
        self.rows = rows
        self.cellAspect = cellAspect
    }

    /// Whether a cell lies on the canvas (0-based, from the top-left).
    public func contains(_ point: CellPoint) -> Bool {
        point.col >= 0 && point.col < cols && point.row >= 0 && point.row < rows
    }
}

/// One terminal cell, 0-based from the canvas's top-left: the only position a terminal reports for the mouse.
///
/// ```swift
/// let p = CellPoint(col: 3, row: 5)
/// ```
public struct CellPoint: Hashable, Sendable {
    public var col: Int
    public var row: Int

    public init(col: Int, row: Int) {
        self.col = col
        self.row = row
    }
}

/// What the child drew: a canvas and the strokes (button down ... button up), each a list of cells in order.
///
/// ```swift
/// let one = Drawing(canvas: Canvas(cols: 48, rows: 16),
///                   strokes: [(2...13).map { CellPoint(col: 10, row: $0) }])
/// let images = InkPipeline.digitImages(of: one)   // one 28x28 image
/// ```
public struct Drawing: Hashable, Sendable {
    public var canvas: Canvas
    public var strokes: [[CellPoint]]

    public init(canvas: Canvas, strokes: [[CellPoint]]) {
        self.canvas = canvas
        self.strokes = strokes
    }

    /// True when no stroke holds a point.
    public var isEmpty: Bool { strokes.allSatisfy { $0.isEmpty } }
}
