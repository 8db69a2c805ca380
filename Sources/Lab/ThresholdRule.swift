import Ink

/// The rule that sets a weights file's reading threshold: the smallest threshold (in steps of 0.01) at which
/// single digits of validation writers are confidently misread at most `misreadBudget` of the time at every
/// canvas height measured. A misread marks a child's right answer wrong, which is worse than asking again,
/// so the budget binds; among thresholds that keep it, the smallest asks again least often.
///
/// ```swift
/// let benches = [12, 16, 20].map { PenBench(samples: validation, canvasRows: $0, classifier: network, gaps: []) }
/// let threshold = ThresholdRule.choose(benches, misreadBudget: 0.003)   // e.g. 0.61
/// ```
public enum ThresholdRule {
    public static func choose(_ benches: [PenBench], misreadBudget: Double) -> Float? {
        let candidates = (0...99).map { Float($0) / 100 }
        return candidates.first { t in
            benches.allSatisfy { bench in
                let tally = PenBench.Tally(bench.singles, threshold: t)
                return tally.share(tally.misread) <= misreadBudget
            }
        }
    }
}
