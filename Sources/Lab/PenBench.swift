import Basics
import CNN
import Ink
import Foundation

/// Reading figures on pen-data writers replayed as terminal drawings: single digits, and 2- and 3-digit
/// answers made of one writer's digits side by side, at each gap of `gaps` (digit heights, 0: touching):
/// children leave little room between digits, and segmentation is hardest where they leave none.
///
/// ```swift
/// let samples = try PenDigits.read(contentsOf: url).filter { $0.writer >= 26 }
/// let bench = PenBench(samples: samples, canvasRows: 16, classifier: network)   // gaps 0 to 0.3
/// print(bench.report(threshold: Recognizer.defaultThreshold))
/// ```
public struct PenBench {
    /// One drawing's outcome before any threshold: was the best guess right, and how sure was its least
    /// sure digit (0 when nothing or too many digits were found, so it is never readable).
    public struct Outcome: Sendable {
        public var label: String
        public var answer: String?
        /// The writer of the digits.
        public var writer: Int
        /// The drawing as the terminal delivered it (the digits side by side).
        public var drawing: Drawing
        /// Space between the digits in digit heights (0 for a single digit).
        public var gap: Double
        public var lowestProbability: Float
        /// Digits the reading found (segmentation's part: right when it equals the label's length).
        public var digitCount: Int
        public var isRight: Bool { answer == label }
    }

    /// Shares read right, misread (readable but wrong) and unreadable; and, whatever the threshold, the
    /// drawings split into the wrong number of digits (segmentation's errors).
    public struct Tally: Sendable {
        public var right = 0, misread = 0, unreadable = 0
        public var miscounted = 0
        public var total: Int { right + misread + unreadable }
        public func share(_ n: Int) -> Double { total > 0 ? Double(n) / Double(total) : 0 }

        public init(_ outcomes: some Sequence<Outcome>, threshold: Float) {
            for o in outcomes {
                if o.digitCount != o.label.count { miscounted += 1 }
                if o.lowestProbability < threshold || o.answer == nil { unreadable += 1 }
                else if o.isRight { right += 1 }
                else { misread += 1 }
            }
        }
    }

    /// The gaps between digits measured by default, in digit heights: touching, then 0.7, 1.5, 2.4, 4.8 and
    /// 7.2 cell widths on a 16-row canvas (digits are 3/4 of the canvas, 24 cell widths tall).
    public static let standardGaps: [Double] = [0, 0.03, 0.0625, 0.1, 0.2, 0.3]

    public let canvasRows: Int
    public let gaps: [Double]
    public let singles: [Outcome]
    /// Every pair at every gap (the same pairs at each gap).
    public let pairs: [Outcome]
    public let triples: [Outcome]

    /// Replays and reads every sample alone, and in pairs and triples of the same writer (seeded shuffle)
    /// at each of `gaps`.
    public init(samples: [PenSample], canvasRows: Int, classifier: DigitClassifier, settings: InkSettings = .standard,
                gaps: [Double] = PenBench.standardGaps, seed: UInt64 = 1) {
        self.canvasRows = canvasRows
        self.gaps = gaps
        let recognizer = Recognizer(classifier: classifier, threshold: 0, settings: settings)
        func outcomes(_ groups: [[PenSample]], gaps: [Double]) -> [Outcome] {
            let placed = gaps.flatMap { gap in groups.map { ($0, gap) } }
            let drawings = placed.map { TerminalReplay.drawing(of: $0.0, canvasRows: canvasRows, gap: $0.1) }
            return zip(zip(placed, drawings), recognizer.read(drawings)).map { placedAndDrawing, reading in
                let ((group, gap), drawing) = placedAndDrawing
                let lowest = reading.digits.count <= Recognizer.maximumDigits ? (reading.digits.map(\.probability).min() ?? 0) : 0
                return Outcome(label: group.map { String($0.label) }.joined(), answer: reading.answer, writer: group[0].writer,
                               drawing: drawing, gap: gap, lowestProbability: lowest, digitCount: reading.digits.count)
            }
        }
        var rng = SeededGenerator(seed: seed)
        var pairGroups: [[PenSample]] = [], tripleGroups: [[PenSample]] = []
        for writer in Set(samples.map(\.writer)).sorted() {
            let mine = samples.filter { $0.writer == writer }
            let a = mine.shuffled(using: &rng), b = mine.shuffled(using: &rng)
            pairGroups += stride(from: 0, to: a.count - 1, by: 2).map { Array(a[$0..<($0 + 2)]) }
            tripleGroups += stride(from: 0, to: b.count - 2, by: 3).map { Array(b[$0..<($0 + 3)]) }
        }
        singles = outcomes(samples.map { [$0] }, gaps: [0])
        pairs = outcomes(pairGroups, gaps: gaps)
        triples = outcomes(tripleGroups, gaps: gaps)
    }

    /// A gap in cell widths on this canvas (digits are `TerminalReplay.digitHeightShare` of its height).
    public func cells(ofGap gap: Double) -> Double {
        gap * TerminalReplay.digitHeightShare * Double(canvasRows) * 2.0
    }

    /// The table `astro-lab pen-bench` prints: per digit, all single digits, then 2- and 3-digit answers at
    /// each gap, at the gaps up to 1.5 cell widths together (how close children write), and at all gaps. The
    /// last column is the share split into the wrong number of digits (counted before any threshold).
    public func report(threshold: Float) -> String {
        func pct(_ x: Double) -> String {
            let s = String(format: "%.1f%%", x * 100)
            return String(repeating: " ", count: max(0, 7 - s.count)) + s
        }
        func row(_ name: String, _ t: Tally) -> String {
            name.padding(toLength: 36, withPad: " ", startingAt: 0)
                + String(format: "%6d", t.total) + "  " + pct(t.share(t.right)) + "  " + pct(t.share(t.misread))
                + "     " + pct(t.share(t.unreadable)) + "    " + pct(t.share(t.miscounted))
        }
        var lines = ["answer".padding(toLength: 36, withPad: " ", startingAt: 0) + " count    right  misread  unreadable  split wrong   ("
                     + "\(canvasRows)-row canvas, threshold " + String(format: "%.2f", threshold) + ")"]
        for d in 0...9 {
            lines.append(row("digit \(d)", Tally(singles.filter { $0.label == String(d) }, threshold: threshold)))
        }
        lines.append(row("1 digit", Tally(singles, threshold: threshold)))
        let close = gaps.filter { cells(ofGap: $0) <= 1.5 + 1e-9 }
        for (n, outcomes) in [(2, pairs), (3, triples)] {
            for gap in gaps {
                let name = gap == 0 ? "\(n) digits, touching" : String(format: "\(n) digits, gap %g (%.1f cells)", gap, cells(ofGap: gap))
                lines.append(row(name, Tally(outcomes.filter { $0.gap == gap }, threshold: threshold)))
            }
            if close.count > 1 {
                lines.append(row("\(n) digits, touching to 1.5 cells", Tally(outcomes.filter { close.contains($0.gap) }, threshold: threshold)))
            }
            if gaps.count > 1 { lines.append(row("\(n) digits, all gaps", Tally(outcomes, threshold: threshold))) }
        }
        return lines.joined(separator: "\n")
    }

    /// The single digits not read right at `threshold` (misread or unreadable), each with its drawing as text
    /// (`#` for a cell the stroke passed through), to see what the pipeline and the network got wrong.
    public func misses(threshold: Float) -> String {
        var blocks: [String] = []
        for o in singles where !(o.isRight && o.lowestProbability >= threshold) {
            let drawing = o.drawing
            var grid = Array(repeating: Array(repeating: Character("·"), count: drawing.canvas.cols), count: drawing.canvas.rows)
            for stroke in drawing.strokes { for p in stroke { grid[p.row][p.col] = "#" } }
            // Only the columns with ink (plus one either side), so several misses fit a screen.
            let used = grid.indices.flatMap { r in grid[r].indices.filter { grid[r][$0] == "#" } }
            let left = max(0, (used.min() ?? 0) - 1), right = min(drawing.canvas.cols - 1, (used.max() ?? 0) + 1)
            let kind = o.answer == nil || o.lowestProbability < threshold ? "unreadable" : "misread"
            blocks.append("writer \(o.writer), digit \(o.label): \(kind), read \(o.answer ?? "nothing") "
                          + String(format: "(lowest probability %.3f)", Double(o.lowestProbability)) + "\n"
                          + grid.map { String($0[left...right]) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Right and misread shares of single digits, pairs and triples (all gaps) for each threshold: the data
    /// the threshold is chosen from.
    public func sweep(thresholds: [Float]) -> String {
        var lines = ["threshold  1-right  1-misread  1-unreadable  2-right  2-misread  3-right  3-misread"]
        for t in thresholds {
            let s = Tally(singles, threshold: t), p = Tally(pairs, threshold: t), q = Tally(triples, threshold: t)
            lines.append(String(format: "%9.3f  %6.2f%%  %8.2f%%  %11.2f%%  %6.2f%%  %8.2f%%  %6.2f%%  %8.2f%%", Double(t),
                                s.share(s.right) * 100, s.share(s.misread) * 100, s.share(s.unreadable) * 100,
                                p.share(p.right) * 100, p.share(p.misread) * 100, q.share(q.right) * 100, q.share(q.misread) * 100))
        }
        return lines.joined(separator: "\n")
    }

    /// The smallest threshold whose single-digit misread share is at most `misreadBudget`, or nil.
    public func smallestThreshold(misreadBudget: Double, candidates: [Float]) -> Float? {
        candidates.sorted().first { t in
            let s = Tally(singles, threshold: t)
            return s.share(s.misread) <= misreadBudget
        }
    }
}
