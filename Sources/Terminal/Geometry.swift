/// A terminal cell: `col` counts from the left edge, `row` from the top, both 0-based.
///
///     let corner = Position(col: 0, row: 0)
public struct Position: Hashable, Sendable, CustomStringConvertible {
    public var col: Int
    public var row: Int

    public init(col: Int, row: Int) {
        self.col = col
        self.row = row
    }

    public var description: String { "(\(col), \(row))" }
}

/// A size in cells.
///
///     Size(cols: 80, rows: 24).contains(Size(cols: 80, rows: 24)) // true
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var cols: Int
    public var rows: Int

    public init(cols: Int, rows: Int) {
        self.cols = cols
        self.rows = rows
    }

    /// True when `other` fits inside this size.
    public func contains(_ other: Size) -> Bool { other.cols <= cols && other.rows <= rows }

    public var description: String { "\(cols)×\(rows)" }
}

/// A rectangle of cells; `origin` is its top-left cell.
///
///     let canvas = Rect(col: 1, row: 2, cols: 78, rows: 19)
///     canvas.contains(Position(col: 1, row: 2)) // true
public struct Rect: Hashable, Sendable {
    public var origin: Position
    public var size: Size

    public init(origin: Position, size: Size) {
        self.origin = origin
        self.size = size
    }

    public init(col: Int, row: Int, cols: Int, rows: Int) {
        self.init(origin: Position(col: col, row: row), size: Size(cols: cols, rows: rows))
    }

    public var minCol: Int { origin.col }
    public var minRow: Int { origin.row }
    /// One past the last column.
    public var maxCol: Int { origin.col + size.cols }
    /// One past the last row.
    public var maxRow: Int { origin.row + size.rows }

    public func contains(_ p: Position) -> Bool {
        p.col >= minCol && p.col < maxCol && p.row >= minRow && p.row < maxRow
    }

    /// The rectangle shrunk by `cells` on every side (never negative).
    public func inset(by cells: Int) -> Rect {
        Rect(col: origin.col + cells, row: origin.row + cells,
             cols: max(0, size.cols - 2 * cells), rows: max(0, size.rows - 2 * cells))
    }

    /// The nearest cell inside the rectangle (the rectangle must not be empty).
    public func clamp(_ p: Position) -> Position {
        Position(col: min(max(p.col, minCol), maxCol - 1), row: min(max(p.row, minRow), maxRow - 1))
    }
}
