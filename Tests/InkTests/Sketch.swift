import Ink

/// Builds drawings the way a terminal reports a mouse drag: the cells along straight pieces between the
/// given vertices, each cell once, in order.
enum Sketch {
    static func stroke(_ vertices: (Int, Int)...) -> [CellPoint] {
        var cells: [CellPoint] = []
        func add(_ c: CellPoint) { if cells.last != c { cells.append(c) } }
        guard let first = vertices.first else { return [] }
        add(CellPoint(col: first.0, row: first.1))
        for k in vertices.indices.dropFirst() {
            let (c0, r0) = vertices[k - 1], (c1, r1) = vertices[k]
            let steps = max(abs(c1 - c0), abs(r1 - r0), 1)
            for s in 1...steps {
                let t = Double(s) / Double(steps)
                add(CellPoint(col: Int((Double(c0) + t * Double(c1 - c0)).rounded()),
                              row: Int((Double(r0) + t * Double(r1 - r0)).rounded())))
            }
        }
        return cells
    }

    static func drawing(cols: Int = 60, rows: Int = 16, _ strokes: [CellPoint]...) -> Drawing {
        Drawing(canvas: Canvas(cols: cols, rows: rows), strokes: strokes)
    }

    /// Digits about 12 rows tall (3/4 of a 16-row canvas), each starting at column `x`.
    static func one(at x: Int) -> [[CellPoint]] { [stroke((x, 2), (x, 13))] }
    static func zero(at x: Int) -> [[CellPoint]] {
        [stroke((x + 4, 2), (x + 1, 4), (x, 8), (x + 1, 12), (x + 4, 13), (x + 7, 12), (x + 8, 8), (x + 7, 4), (x + 4, 2))]
    }
    static func two(at x: Int) -> [[CellPoint]] {
        [stroke((x, 4), (x + 3, 2), (x + 7, 3), (x + 7, 6), (x, 13), (x + 8, 13))]
    }
    static func three(at x: Int) -> [[CellPoint]] {
        [stroke((x, 3), (x + 4, 2), (x + 7, 4), (x + 3, 7), (x + 8, 10), (x + 4, 13), (x, 12))]
    }
    /// A 4 in two strokes: the "L" and an upright that crosses its arm.
    static func four(at x: Int) -> [[CellPoint]] {
        [stroke((x + 2, 2), (x, 9), (x + 8, 9)), stroke((x + 6, 4), (x + 6, 13))]
    }
    /// A 5 in two strokes: the body, then the flag from its top to the right.
    static func five(at x: Int) -> [[CellPoint]] {
        [stroke((x + 1, 2), (x, 7), (x + 5, 6), (x + 8, 9), (x + 5, 13), (x, 12)), stroke((x + 1, 2), (x + 8, 2))]
    }
    /// A 7 in two strokes: the top bar, then the diagonal from its right end.
    static func seven(at x: Int) -> [[CellPoint]] {
        [stroke((x, 2), (x + 8, 2)), stroke((x + 8, 2), (x + 3, 13))]
    }
}
