/// Straight lines between cells. A fast mouse stroke skips cells (the terminal reports only where the
/// pointer was when it sampled), so consecutive points of a stroke are joined with these lines.
public enum Line {
    /// The cells of the Bresenham line from `start` to `end`, both included, in order.
    ///
    ///     Line.cells(from: Position(col: 0, row: 0), to: Position(col: 3, row: 1))
    ///     // (0,0) (1,0) (2,1) (3,1)
    public static func cells(from start: Position, to end: Position) -> [Position] {
        let dx = abs(end.col - start.col)
        let dy = -abs(end.row - start.row)
        let stepCol = start.col < end.col ? 1 : -1
        let stepRow = start.row < end.row ? 1 : -1
        var error = dx + dy
        var current = start
        var cells: [Position] = []
        cells.reserveCapacity(max(dx, -dy) + 1)
        while true {
            cells.append(current)
            if current == end { break }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                current.col += stepCol
            }
            if doubled <= dx {
                error += dx
                current.row += stepRow
            }
        }
        return cells
    }

    /// Every cell a polyline passes through: each point joined to the next, no cell repeated twice in a
    /// row. A single point gives that cell.
    ///
    ///     Line.joining([Position(col: 0, row: 0), Position(col: 2, row: 0)]) // (0,0) (1,0) (2,0)
    public static func joining(_ points: [Position]) -> [Position] {
        guard var previous = points.first else { return [] }
        var cells = [previous]
        for point in points.dropFirst() {
            cells.append(contentsOf: Line.cells(from: previous, to: point).dropFirst())
            previous = point
        }
        return cells
    }
}
