import Foundation

/// One stroke of a drawing in canvas units (1 = a cell's width, y down), with its extent: what
/// segmentation measures and the renderer draws.
///
/// ```swift
/// let stroke = InkStroke(cells: [CellPoint(col: 3, row: 2), CellPoint(col: 3, row: 9)], cellAspect: 2)!
/// stroke.height   // 14: seven rows of cells twice as tall as wide
/// ```
struct InkStroke {
    /// The cells as the terminal reported them, repeated cells dropped (the stroke's identity in caches).
    var cells: [CellPoint]
    /// The cell centres in canvas units.
    var points: [InkPoint]
    var minX, maxX, minY, maxY: Double
    /// Columns and rows covered.
    var columns: Int, rows: Int

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }
    var centreX: Double { (minX + maxX) / 2 }

    /// Nil for a stroke without points.
    init?(cells raw: [CellPoint], cellAspect aspect: Double) {
        guard let first = raw.first else { return nil }
        var cells: [CellPoint] = []
        cells.reserveCapacity(raw.count)
        for c in raw where c != cells.last { cells.append(c) }
        self.cells = cells
        points = cells.map { InkPoint(cell: $0, cellAspect: aspect) }
        var minCol = first.col, maxCol = first.col, minRow = first.row, maxRow = first.row
        for c in cells {
            minCol = min(minCol, c.col); maxCol = max(maxCol, c.col)
            minRow = min(minRow, c.row); maxRow = max(maxRow, c.row)
        }
        columns = maxCol - minCol + 1
        rows = maxRow - minRow + 1
        minX = Double(minCol) + 0.5; maxX = Double(maxCol) + 0.5
        minY = (Double(minRow) + 0.5) * aspect; maxY = (Double(maxRow) + 0.5) * aspect
    }

    /// Distance from `p` to the polyline `line`.
    static func distance(from p: InkPoint, to line: [InkPoint]) -> Double {
        guard line.count > 1 else { return hypot(p.x - line[0].x, p.y - line[0].y) }
        var best = Double.infinity
        for k in 1..<line.count {
            let a = line[k - 1], b = line[k]
            let dx = b.x - a.x, dy = b.y - a.y
            let len2 = dx * dx + dy * dy
            let t = len2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1) : 0
            best = min(best, hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)))
        }
        return best
    }

    /// Whether the two strokes come within `reach` of each other (vertices of one against the other's
    /// segments, both ways); boxes further apart than `reach` are rejected first.
    static func near(_ a: InkStroke, _ b: InkStroke, reach: Double) -> Bool {
        if a.minX - b.maxX > reach || b.minX - a.maxX > reach || a.minY - b.maxY > reach || b.minY - a.maxY > reach {
            return false
        }
        for p in a.points where distance(from: p, to: b.points) <= reach { return true }
        for p in b.points where distance(from: p, to: a.points) <= reach { return true }
        return false
    }

    /// Whether a segment of one stroke properly crosses a segment of the other.
    static func cross(_ a: InkStroke, _ b: InkStroke) -> Bool {
        guard a.points.count > 1, b.points.count > 1,
              a.minX <= b.maxX, b.minX <= a.maxX, a.minY <= b.maxY, b.minY <= a.maxY else { return false }
        func side(_ p: InkPoint, _ q: InkPoint, _ r: InkPoint) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        for i in 1..<a.points.count {
            let p1 = a.points[i - 1], p2 = a.points[i]
            if max(p1.x, p2.x) < b.minX || min(p1.x, p2.x) > b.maxX || max(p1.y, p2.y) < b.minY || min(p1.y, p2.y) > b.maxY {
                continue
            }
            for j in 1..<b.points.count {
                let q1 = b.points[j - 1], q2 = b.points[j]
                if max(p1.x, p2.x) < min(q1.x, q2.x) || max(q1.x, q2.x) < min(p1.x, p2.x) { continue }
                if max(p1.y, p2.y) < min(q1.y, q2.y) || max(q1.y, q2.y) < min(p1.y, p2.y) { continue }
                let d1 = side(q1, q2, p1), d2 = side(q1, q2, p2), d3 = side(p1, p2, q1), d4 = side(p1, p2, q2)
                if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
                    return true
                }
            }
        }
        return false
    }
}
