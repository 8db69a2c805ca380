import Ink

/// Draws strokes finer than a terminal cell. The terminal reports the mouse only per cell, but joining
/// the cell centres with lines on a grid of braille dots (2×4 per cell) or half blocks (1×2 per cell)
/// shows a smooth line instead of a staircase of whole cells.
///
/// ```swift
/// let drawing = Drawing(canvas: Canvas(cols: 40, rows: 16), strokes: [[CellPoint(col: 3, row: 2), CellPoint(col: 9, row: 12)]])
/// for line in FineCanvas.render(drawing, style: .braille) { print(line) }
/// ```
public enum FineCanvas {
    public enum Style: String, Sendable, CaseIterable {
        /// Braille patterns (U+2800…U+28FF): 2 dots across and 4 down in each cell.
        case braille
        /// Upper and lower half blocks (`▀ ▄ █`): 2 pixels down in each cell.
        case halfBlock
        /// A `#` in every cell the stroke passes: for terminals without Unicode.
        case cells
    }

    /// The canvas as `drawing.canvas.rows` strings of `drawing.canvas.cols` characters (spaces where no
    /// ink is). Points outside the canvas are clipped.
    public static func render(_ drawing: Drawing, style: Style) -> [String] {
        render(drawing, style: style, labels: []).map { String($0.map(\.character)) }
    }

    /// The canvas cell by cell, each inked cell with the label of the stroke that inked it first
    /// (`labels[k]` for stroke k, 0 for strokes without a label): which digit a cell's ink belongs to.
    ///
    /// ```swift
    /// let cells = FineCanvas.render(drawing, style: .braille, labels: [0, 1, 1])   // stroke 0 is digit 0
    /// cells[3][10].label   // 1: the cell's ink is the second digit's
    /// ```
    public static func render(_ drawing: Drawing, style: Style, labels: [Int]) -> [[(character: Character, label: Int)]] {
        let cols = max(0, drawing.canvas.cols), rows = max(0, drawing.canvas.rows)
        let (across, down) = subdivisions(style)
        var dots = DotGrid(width: cols * across, height: rows * down)
        for (k, stroke) in drawing.strokes.enumerated() {
            let label = k < labels.count ? labels[k] : 0
            let centres = stroke.map { centre(of: $0, across: across, down: down) }
            guard var previous = centres.first else { continue }
            dots.stamp(previous, style: style, label: label)
            for point in centres.dropFirst() {
                dots.line(from: previous, to: point, style: style, label: label)
                previous = point
            }
        }
        return (0..<rows).map { row in
            (0..<cols).map { col in
                (character(dots, col: col, row: row, style: style), dots.label(inCellAt: col, row: row, across: across, down: down))
            }
        }
    }

    /// Dots per cell across and down for a style.
    static func subdivisions(_ style: Style) -> (Int, Int) {
        switch style {
        case .braille: return (2, 4)
        case .halfBlock: return (1, 2)
        case .cells: return (1, 1)
        }
    }

    private static func centre(of point: CellPoint, across: Int, down: Int) -> (x: Double, y: Double) {
        (Double(point.col * across) + Double(across - 1) / 2, Double(point.row * down) + Double(down - 1) / 2)
    }

    private static func character(_ dots: DotGrid, col: Int, row: Int, style: Style) -> Character {
        switch style {
        case .braille:
            // Bit of each dot in the braille pattern, by (x, y) inside the cell.
            let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
            var pattern: UInt32 = 0
            for y in 0..<4 {
                for x in 0..<2 where dots[col * 2 + x, row * 4 + y] { pattern |= bits[y][x] }
            }
            return pattern == 0 ? " " : Character(Unicode.Scalar(0x2800 + pattern) ?? " ")
        case .halfBlock:
            switch (dots[col, row * 2], dots[col, row * 2 + 1]) {
            case (true, true): return "█"
            case (true, false): return "▀"
            case (false, true): return "▄"
            case (false, false): return " "
            }
        case .cells:
            return dots[col, row] ? "#" : " "
        }
    }
}

/// A bitmap of dots with a round-ish pen; each dot remembers the label of the stroke that inked it first.
private struct DotGrid {
    let width: Int, height: Int
    private var bits: [Bool]
    private var labels: [Int]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bits = Array(repeating: false, count: width * height)
        labels = Array(repeating: 0, count: width * height)
    }

    subscript(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height && bits[y * width + x]
    }

    /// The label of the first inked dot of a cell, row by row (0 when the cell has no ink).
    func label(inCellAt col: Int, row: Int, across: Int, down: Int) -> Int {
        for y in (row * down)..<((row + 1) * down) {
            for x in (col * across)..<((col + 1) * across) where self[x, y] { return labels[y * width + x] }
        }
        return 0
    }

    mutating func set(_ x: Int, _ y: Int, label: Int) {
        if x >= 0, x < width, y >= 0, y < height, !bits[y * width + x] {
            bits[y * width + x] = true
            labels[y * width + x] = label
        }
    }

    /// Inks the pen at a point. Braille dots are small, so the pen there is 2×2 dots; half blocks and
    /// cells are big, so the pen is one of them.
    mutating func stamp(_ p: (x: Double, y: Double), style: FineCanvas.Style, label: Int) {
        if style == .braille {
            let x0 = Int((p.x - 0.5).rounded(.down)), y0 = Int((p.y - 0.5).rounded(.down))
            set(x0, y0, label: label); set(x0 + 1, y0, label: label); set(x0, y0 + 1, label: label); set(x0 + 1, y0 + 1, label: label)
        } else {
            set(Int(p.x.rounded()), Int(p.y.rounded()), label: label)
        }
    }

    /// Stamps the pen along the segment, one step per dot of its longer side.
    mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), style: FineCanvas.Style, label: Int) {
        let steps = Int(max(abs(b.x - a.x), abs(b.y - a.y)).rounded(.up))
        guard steps > 0 else {
            stamp(b, style: style, label: label)
            return
        }
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            stamp((a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t), style: style, label: label)
        }
    }
}
