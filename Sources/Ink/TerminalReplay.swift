import Basics
import CNN
import Foundation

/// Replays pen trajectories as a terminal would deliver them to the question screen: each digit scaled so
/// it is about 3/4 of the canvas height, several digits placed side by side (one writer's answer), every pen
/// point turned into the whole cell under it, and repeated cells dropped (a terminal reports the mouse only
/// when the cell changes).
///
/// The trainer renders pen data through `drawing(of:...)` and `InkPipeline.digitImages(of:)`, the same path
/// as the app, so the network learns how mouse-drawn digits look.
///
/// ```swift
/// let plain = TerminalReplay.drawing(of: [sevenSample, twoSample], canvasRows: 16)   // "72"
/// var rng = SystemRandomNumberGenerator()   // or any seeded generator, e.g. CNN's SeededGenerator
/// let varied = TerminalReplay.drawing(of: [sevenSample], canvasRows: 16, jitter: .training, using: &rng)
/// ```
public enum TerminalReplay {
    /// Digit height as a share of the canvas height.
    public static let digitHeightShare = 0.75
    /// Space between two digits as a share of the digit height, without jitter.
    public static let digitGap = 0.3
    /// Empty columns left and right of the answer.
    public static let sideMarginCols = 2

    /// The drawing of `samples` side by side, without jitter, `gap` digit heights apart (0: the digits' extents
    /// touch); the canvas is as wide as the answer needs.
    public static func drawing(of samples: [PenSample], canvasRows: Int, cellAspect: Double = 2.0, gap: Double = digitGap) -> Drawing {
        var unused = SeededGenerator(seed: 0)
        return layout(samples, canvasRows: canvasRows, cellAspect: cellAspect, jitter: nil, gap: gap, using: &unused)
    }

    /// The drawing of `samples` with random scale, slant, spacing and sub-cell offset drawn from `generator`:
    /// the variety of mouse-drawn answers, for training data.
    public static func drawing<G: RandomNumberGenerator>(of samples: [PenSample], canvasRows: Int, cellAspect: Double = 2.0,
                                                         jitter: ReplayJitter, using generator: inout G) -> Drawing {
        layout(samples, canvasRows: canvasRows, cellAspect: cellAspect, jitter: jitter, gap: digitGap, using: &generator)
    }

    private static func layout<G: RandomNumberGenerator>(_ samples: [PenSample], canvasRows: Int, cellAspect: Double,
                                                         jitter: ReplayJitter?, gap fixedGap: Double,
                                                         using rng: inout G) -> Drawing {
        let rows = max(canvasRows, 1)
        let aspect = cellAspect > 0 ? cellAspect : 2.0
        let canvasHeight = Double(rows) * aspect                       // canvas units (cell widths)
        let nominalHeight = digitHeightShare * canvasHeight
        var x = Double(sideMarginCols)
        if let jitter { x += Double.random(in: 0..<1, using: &rng) * (jitter.subCellOffset ? 1 : 0) }
        var strokes: [[InkPoint]] = []

        for (n, sample) in samples.enumerated() {
            let points = sample.strokes.flatMap { $0 }
            guard let first = points.first else { continue }
            var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
            for p in points {
                minX = min(minX, p.x); maxX = max(maxX, p.x)
                minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
            var height = nominalHeight
            var slant = 0.0
            var gap = fixedGap
            var top = (canvasHeight - nominalHeight) / 2
            if let jitter {
                height *= Double.random(in: jitter.scale, using: &rng)
                slant = Double.random(in: jitter.slant, using: &rng)
                gap = Double.random(in: jitter.gap, using: &rng)
                let room = max(canvasHeight - height, 0)
                top = room / 2 + Double.random(in: -0.25...0.25, using: &rng) * room
                if jitter.subCellOffset { top += Double.random(in: 0..<aspect, using: &rng) - aspect / 2 }
                top = min(max(top, 0), room)
            }
            let tall = Double(maxY - minY)
            let scale = tall > 0 ? height / tall : (maxX > minX ? height / Double(maxX - minX) : 1)
            if n > 0 { x += gap * nominalHeight }
            // Tablet y points up: flip it. Slant leans the top right for positive values.
            func place(_ p: PenPoint) -> InkPoint {
                let u = Double(p.x - minX) * scale, v = Double(maxY - p.y) * scale
                return InkPoint(x: u + slant * (height / 2 - v), y: top + v)
            }
            let placed = sample.strokes.map { $0.map(place) }
            let left = placed.flatMap { $0 }.map(\.x).min() ?? 0
            let right = placed.flatMap { $0 }.map(\.x).max() ?? 0
            strokes += placed.map { $0.map { InkPoint(x: $0.x - left + x, y: $0.y) } }
            x += right - left
        }

        let cols = Int(x.rounded(.up)) + sideMarginCols
        let canvas = Canvas(cols: max(cols, 1), rows: rows, cellAspect: aspect)
        let cellStrokes: [[CellPoint]] = strokes.map { stroke in
            var cells: [CellPoint] = []
            for p in stroke {
                let cell = CellPoint(col: min(max(Int(p.x.rounded(.down)), 0), canvas.cols - 1),
                                     row: min(max(Int((p.y / aspect).rounded(.down)), 0), rows - 1))
                if cells.last != cell { cells.append(cell) }
            }
            return cells
        }
        return Drawing(canvas: canvas, strokes: cellStrokes.filter { !$0.isEmpty })
    }
}

/// How much `TerminalReplay` varies a digit: scale (share of the nominal 3/4 canvas height), slant
/// (horizontal shift per unit of height), gap between digits (share of the digit height), and a random
/// sub-cell offset (where the digit falls on the cell grid).
///
/// ```swift
/// var jitter = ReplayJitter.training
/// jitter.slant = -0.1...0.1
/// ```
public struct ReplayJitter: Hashable, Sendable {
    public var scale: ClosedRange<Double>
    public var slant: ClosedRange<Double>
    public var gap: ClosedRange<Double>
    public var subCellOffset: Bool

    public init(scale: ClosedRange<Double>, slant: ClosedRange<Double>, gap: ClosedRange<Double>, subCellOffset: Bool) {
        self.scale = scale
        self.slant = slant
        self.gap = gap
        self.subCellOffset = subCellOffset
    }

    /// Variety for training data: 64-83 % of the canvas height, ±0.2 slant, gaps of 0.1-0.5 digit heights.
    public static let training = ReplayJitter(scale: 0.85...1.1, slant: -0.2...0.2, gap: 0.1...0.5, subCellOffset: true)
}
