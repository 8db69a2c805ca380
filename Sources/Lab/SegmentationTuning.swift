import Basics
import Foundation
import Ink

/// Chooses `SegmentationSettings` on validation writers: replays their digits alone, in same-writer pairs and
/// triples at every gap of `PenBench.standardGaps`, with the trainer's jitter (scale, slant, gaps 0 to 0.3),
/// and as pairs whose first digit's last stroke is drawn after the second digit; scores settings by the share
/// of answers read right (no threshold, upright reading); and improves the costs one at a time.
///
/// Every candidate digit is read once: the recognizer's cache keeps the readings, which do not depend on the
/// costs, so scoring other settings only redoes the geometry and the dynamic programming.
///
/// ```swift
/// let tuning = SegmentationTuning(samples: validation, canvasRows: 16, classifier: network)
/// let best = tuning.search(from: .standard) { print($0) }
/// print(tuning.score(best))
/// ```
public struct SegmentationTuning {
    /// What a drawing tests.
    public enum Kind: Int, CaseIterable, Sendable {
        case single, pair, triple, jitteredPair, jitteredTriple, lateStroke

        var name: String {
            ["1 digit", "2 digits", "3 digits", "2 digits, jittered", "3 digits, jittered", "2 digits, a stroke added late"][rawValue]
        }
        /// Weight in the objective: a late stroke is rarer than the rest.
        var weight: Double { self == .lateStroke ? 0.5 : 1 }
    }

    /// One replayed drawing and its answer.
    public struct Item: Sendable {
        public var drawing: Drawing
        public var label: String
        public var kind: Kind
    }

    /// Shares read right and split into the wrong number of digits, per kind.
    public struct Score: CustomStringConvertible, Sendable {
        public var right: [Kind: Double] = [:]
        public var miscounted: [Kind: Int] = [:]
        public var count: [Kind: Int] = [:]
        /// The weighted sum of the shares read right: what the search maximises.
        public var objective: Double { Kind.allCases.reduce(0) { $0 + $1.weight * (right[$1] ?? 0) } }

        public var description: String {
            Kind.allCases.filter { (count[$0] ?? 0) > 0 }.map { kind in
                String(format: "%@: %.2f %% right, %d of %d split wrong", kind.name, (right[kind] ?? 0) * 100,
                       miscounted[kind] ?? 0, count[kind] ?? 0)
            }.joined(separator: "\n")
        }
    }

    public let items: [Item]
    private let recognizer: Recognizer

    /// The drawings of `samples` (one role's writers) at `canvasRows`, read by `classifier` upright.
    public init(samples: [PenSample], canvasRows: Int, classifier: DigitClassifier, seed: UInt64 = 1) {
        var settings = InkSettings.standard
        settings.readingRotations = []   // the split is chosen on the upright reading
        recognizer = Recognizer(classifier: classifier, threshold: 0, settings: settings, cacheCapacity: Int.max / 2)
        var rng = SeededGenerator(seed: seed)
        var pairs: [[PenSample]] = [], triples: [[PenSample]] = []
        for writer in Set(samples.map(\.writer)).sorted() {
            let mine = samples.filter { $0.writer == writer }
            let a = mine.shuffled(using: &rng), b = mine.shuffled(using: &rng)
            pairs += stride(from: 0, to: a.count - 1, by: 2).map { Array(a[$0..<($0 + 2)]) }
            triples += stride(from: 0, to: b.count - 2, by: 3).map { Array(b[$0..<($0 + 3)]) }
        }
        func label(_ group: [PenSample]) -> String { group.map { String($0.label) }.joined() }
        var items = samples.map { Item(drawing: TerminalReplay.drawing(of: [$0], canvasRows: canvasRows), label: label([$0]), kind: .single) }
        for gap in PenBench.standardGaps {
            items += pairs.map { Item(drawing: TerminalReplay.drawing(of: $0, canvasRows: canvasRows, gap: gap), label: label($0), kind: .pair) }
            items += triples.map { Item(drawing: TerminalReplay.drawing(of: $0, canvasRows: canvasRows, gap: gap), label: label($0), kind: .triple) }
        }
        var jitter = ReplayJitter.training
        jitter.gap = 0...0.3
        items += pairs.map { Item(drawing: TerminalReplay.drawing(of: $0, canvasRows: canvasRows, jitter: jitter, using: &rng), label: label($0), kind: .jitteredPair) }
        items += triples.map { Item(drawing: TerminalReplay.drawing(of: $0, canvasRows: canvasRows, jitter: jitter, using: &rng), label: label($0), kind: .jitteredTriple) }
        for pair in pairs where pair[0].strokes.count > 1 {
            for gap in [0.0625, 0.2] {
                var drawing = TerminalReplay.drawing(of: pair, canvasRows: canvasRows, gap: gap)
                let late = drawing.strokes.remove(at: pair[0].strokes.count - 1)
                drawing.strokes.append(late)
                items.append(Item(drawing: drawing, label: label(pair), kind: .lateStroke))
            }
        }
        self.items = items
    }

    /// How well `settings` split and read the drawings.
    public func score(_ settings: SegmentationSettings) -> Score {
        let readings = recognizer.segmenting(with: settings).read(items.map(\.drawing))
        var right: [Kind: Int] = [:], score = Score()
        for (item, reading) in zip(items, readings) {
            score.count[item.kind, default: 0] += 1
            if reading.answer == item.label { right[item.kind, default: 0] += 1 }
            if reading.digits.count != item.label.count { score.miscounted[item.kind, default: 0] += 1 }
        }
        for kind in Kind.allCases where (score.count[kind] ?? 0) > 0 {
            score.right[kind] = Double(right[kind] ?? 0) / Double(score.count[kind]!)
        }
        return score
    }

    /// The costs `search` changes, with their names.
    public static var costs: [(name: String, path: WritableKeyPath<SegmentationSettings, Double>)] { [
        ("digitCost", \.digitCost), ("wideCost", \.wideCost), ("widestRatio", \.widestRatio), ("shortCost", \.shortCost),
        ("shortestShare", \.shortestShare), ("apartCost", \.apartCost), ("gapCost", \.gapCost), ("overlapCost", \.overlapCost),
        ("crossCost", \.crossCost), ("touchCost", \.touchCost), ("reachCost", \.reachCost),
    ] }

    /// Coordinate search from `start`: each cost in turn moves by ± `step` × max(|value|, 0.5) (costs other
    /// than `digitCost` stay ≥ 0) when that raises the objective; the step halves after a round without gain.
    /// `log` hears each improvement.
    public func search(from start: SegmentationSettings, rounds: Int = 8, step firstStep: Double = 0.5,
                       log: (String) -> Void = { _ in }) -> SegmentationSettings {
        var best = start, bestValue = score(start).objective
        var step = firstStep
        for round in 1...max(rounds, 1) {
            var improved = false
            for (name, path) in Self.costs {
                for direction in [-1.0, 1.0] {
                    var trial = best
                    trial[keyPath: path] += direction * step * max(abs(best[keyPath: path]), 0.5)
                    if path != \.digitCost { trial[keyPath: path] = max(0, trial[keyPath: path]) }
                    guard trial != best else { continue }
                    let value = score(trial).objective
                    if value > bestValue + 1e-9 {
                        best = trial; bestValue = value; improved = true
                        log(String(format: "round %d: %@ = %g (objective %.5f)", round, name, trial[keyPath: path], value))
                    }
                }
            }
            if !improved { step /= 2 }
        }
        return best
    }
}
