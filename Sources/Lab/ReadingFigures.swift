import CNN
import Foundation
import Ink

/// A weights file's reading figures on one group of writers (validation or test) at several canvas heights:
/// single digits at every height; 2- and 3-digit answers at every gap (`PenBench`) and non-digit letters
/// accepted (`NonDigitBench`) at `answerRows` only, the app's usual height (they cost the most to read).
///
/// ```swift
/// let figures = ReadingFigures(network: network, digits: test, letters: testLetters, rows: [12, 16, 20])
/// print(figures.summary(threshold: network.readingThreshold))
/// ```
public struct ReadingFigures {
    public let rows: [Int]
    public let answerRows: Int
    /// Per height: the digits (pairs and triples only at `answerRows`).
    public let digits: [Int: PenBench]
    /// Per height: the letters, when any were given.
    public let letters: [Int: NonDigitBench]

    /// `answers: false` reads single digits and letters only (enough to choose a threshold).
    public init(network: DigitNetwork, digits samples: [PenSample], letters: [PenSample], rows: [Int], answerRows: Int = 16,
                answers: Bool = true) {
        self.rows = rows
        self.answerRows = answerRows
        let settings = network.readingSettings
        var digits: [Int: PenBench] = [:], lettersByRow: [Int: NonDigitBench] = [:]
        for r in rows {
            digits[r] = PenBench(samples: samples, canvasRows: r, classifier: network, settings: settings,
                                 gaps: r == answerRows && answers ? PenBench.standardGaps : [])
            if !letters.isEmpty && r == answerRows {
                lettersByRow[r] = NonDigitBench(samples: letters, canvasRows: r, classifier: network, settings: settings)
            }
        }
        self.digits = digits
        self.letters = lettersByRow
    }

    /// One line per height: single digits right / misread / unreadable and letters accepted; then the
    /// answers at `answerRows`, touching to 1.5 cells apart.
    public func summary(threshold: Float) -> String {
        func pct(_ x: Double) -> String { String(format: "%.2f %%", x * 100) }
        var lines: [String] = []
        for r in rows {
            guard let bench = digits[r] else { continue }
            let s = PenBench.Tally(bench.singles, threshold: threshold)
            var line = "\(r) rows: \(s.total) single digits \(pct(s.share(s.right))) right, \(pct(s.share(s.misread))) misread, "
                + "\(pct(s.share(s.unreadable))) unreadable"
            if let l = letters[r] { line += "; \(l.count) non-digit letters, \(pct(l.acceptedShare(threshold: threshold))) accepted" }
            lines.append(line)
        }
        if let bench = digits[answerRows] {
            let close = bench.gaps.filter { bench.cells(ofGap: $0) <= 1.5 + 1e-9 }
            for (n, outcomes) in [(2, bench.pairs), (3, bench.triples)] where !outcomes.isEmpty {
                let t = PenBench.Tally(outcomes.filter { close.contains($0.gap) }, threshold: threshold)
                let all = PenBench.Tally(outcomes, threshold: threshold)
                lines.append("\(answerRows) rows: \(n)-digit answers touching to 1.5 cells apart \(pct(t.share(t.right))) right, "
                             + "\(pct(t.share(t.misread))) misread (\(t.total)); all gaps to 0.3 digit heights \(pct(all.share(all.right))) right, "
                             + "\(pct(all.share(all.misread))) misread (\(all.total))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
