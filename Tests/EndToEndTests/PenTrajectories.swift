import Foundation

/// Real handwriting for the end-to-end tests: pen trajectories of the UCI pendigits writers (a few of
/// each digit, in `Fixtures/pendigits-e2e.txt`, UNIPEN text), replayed as a terminal delivers a mouse
/// drag: scaled so a digit is 3/4 of the canvas height, each pen point turned into the cell under it,
/// repeated cells dropped, the cells sent as SGR press/drag/release reports.
///
///     let three = try PenTrajectories.fixture().first { $0.label == 3 }!
///     for stroke in PenTrajectories.strokes(of: [three], on: canvas) { tmux.drag(stroke) }
struct PenTrajectories {
    /// One digit as a writer wrote it on the tablet (y points up).
    struct Sample {
        let label: Int
        let writer: Int
        let strokes: [[(x: Int, y: Int)]]
    }

    /// The cells of the screen one can draw on (0-based screen cells).
    struct CanvasRect: CustomStringConvertible {
        let col: Int, row: Int, cols: Int, rows: Int
        var description: String { "canvas at (\(col), \(row)) \(cols)×\(rows)" }
    }

    /// Folder of this file's fixtures (the test target has no resources, so they are found by path).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The committed trajectories.
    static func fixture() throws -> [Sample] {
        try parse(String(contentsOf: fixtures.appendingPathComponent("pendigits-e2e.txt"), encoding: .utf8))
    }

    /// The `index`-th sample of `digit` in the fixture.
    static func sample(_ digit: Int, _ index: Int = 0) throws -> Sample {
        let all = try fixture().filter { $0.label == digit }
        guard index < all.count else { throw NSError(domain: "PenTrajectories", code: 1, userInfo: [NSLocalizedDescriptionKey: "no sample \(index) of \(digit)"]) }
        return all[index]
    }

    /// Reads the UNIPEN subset: `.SEGMENT … "<label>"`, `.COMMENT <label> <writer> <n>`, `.PEN_DOWN`, points, `.PEN_UP`.
    static func parse(_ text: String) throws -> [Sample] {
        var samples: [(label: Int, writer: Int, strokes: [[(x: Int, y: Int)]])] = []
        var inStroke = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix(".SEGMENT") {
                let label = line.split(separator: "\"").dropFirst().first.flatMap { Int($0) } ?? -1
                samples.append((label, -1, []))
            } else if line.hasPrefix(".COMMENT"), let last = samples.indices.last, samples[last].writer < 0 {
                let fields = line.split(separator: " ")
                if fields.count >= 3, let writer = Int(fields[2]) { samples[last].writer = writer }
            } else if line.hasPrefix(".PEN_DOWN"), let last = samples.indices.last {
                samples[last].strokes.append([])
                inStroke = true
            } else if line.hasPrefix(".PEN_UP") {
                inStroke = false
            } else if inStroke, let last = samples.indices.last, !line.hasPrefix(".") {
                let numbers = line.split(separator: " ").compactMap { Int($0) }
                if numbers.count == 2 { samples[last].strokes[samples[last].strokes.count - 1].append((numbers[0], numbers[1])) }
            }
        }
        return samples.map { Sample(label: $0.label, writer: $0.writer, strokes: $0.strokes) }
    }

    /// The screen cells of `samples` written side by side (one answer), centred on `canvas`, as the
    /// terminal would report a mouse following the pen.
    static func strokes(of samples: [Sample], on canvas: CanvasRect, cellAspect: Double = 2.0,
                        heightShare: Double = 0.75, gap gapShare: Double = 0.3) -> [[(col: Int, row: Int)]] {
        let height = heightShare * Double(canvas.rows) * cellAspect   // in cell widths
        let gap = gapShare * height
        let top = (Double(canvas.rows) * cellAspect - height) / 2
        var placed: [[[(Double, Double)]]] = []
        var widths: [Double] = []
        for sample in samples {
            let points = sample.strokes.flatMap { $0 }
            let minX = points.map(\.x).min() ?? 0, maxX = points.map(\.x).max() ?? 0
            let minY = points.map(\.y).min() ?? 0, maxY = points.map(\.y).max() ?? 0
            let scale = height / Double(max(1, maxY - minY))
            placed.append(sample.strokes.map { $0.map { (Double($0.x - minX) * scale, Double(maxY - $0.y) * scale) } })
            widths.append(Double(maxX - minX) * scale)
        }
        let total = widths.reduce(0, +) + gap * Double(max(0, samples.count - 1))
        var left = (Double(canvas.cols) - total) / 2
        var result: [[(col: Int, row: Int)]] = []
        for (strokes, width) in zip(placed, widths) {
            for stroke in strokes {
                var cells: [(col: Int, row: Int)] = []
                for (u, v) in stroke {
                    let col = min(max(Int((left + u).rounded(.down)), 0), canvas.cols - 1)
                    let row = min(max(Int(((top + v) / cellAspect).rounded(.down)), 0), canvas.rows - 1)
                    if let last = cells.last, last.col == col, last.row == row { continue }
                    cells.append((col, row))
                }
                result.append(cells.map { (canvas.col + $0.col, canvas.row + $0.row) })
            }
            left += width + gap
        }
        return result
    }

    /// The same strokes as a `recognize` JSON line (cells relative to the canvas).
    static func recognizeJSON(_ strokes: [[(col: Int, row: Int)]], on canvas: CanvasRect) -> String {
        let body = strokes.map { stroke in
            "[" + stroke.map { "[\($0.col - canvas.col),\($0.row - canvas.row)]" }.joined(separator: ",") + "]"
        }.joined(separator: ",")
        return "{\"canvas\":{\"cols\":\(canvas.cols),\"rows\":\(canvas.rows),\"cellAspect\":2.0},\"strokes\":[\(body)]}"
    }

    /// The canvas of the question screen on a captured screen: inside the frame whose corners are `┌`/`└`
    /// in column 0 below the problem.
    static func canvas(in lines: [String]) -> CanvasRect? {
        let rows = lines.map { Array($0) }
        guard let top = rows.indices.first(where: { $0 > 0 && rows[$0].first == "┌" }),
              let bottom = rows.indices.last(where: { $0 > top && rows[$0].first == "└" }) else { return nil }
        let width = rows[top].count
        guard width > 2, bottom - top > 2 else { return nil }
        return CanvasRect(col: 1, row: top + 1, cols: width - 2, rows: bottom - top - 1)
    }
}
