import Foundation
import Training

extension Evaluation {
    /// The `astro-lab eval` text: `name=value` summary lines, per-digit accuracy, then the confusion matrix.
    /// `seconds` is the wall-clock time of the forward passes on `threads` threads.
    ///
    /// ```swift
    /// print(result.report(weights: url.path, threads: 2, seconds: 0.8))   // test_accuracy=0.9956 ...
    /// ```
    public func report(weights: String, threads: Int, seconds: Double) -> String {
        var lines = [
            "weights=\(weights)",
            "images=\(count)",
            "correct=\(correct)",
            String(format: "test_accuracy=%.4f", accuracy),
            String(format: "test_loss=%.4f", loss),
            "threads=\(threads)",
            String(format: "images_per_second=%.0f", seconds > 0 ? Double(count) / seconds : 0),
            "",
            "per-digit accuracy:",
        ]
        for (digit, row) in confusion.enumerated() {
            let total = row.reduce(0, +)
            lines.append(total == 0 ? "  \(digit)  no images"
                         : String(format: "  %d  %6.2f %%  (%d/%d)", digit, 100 * perDigitAccuracy[digit], row[digit], total))
        }
        lines.append("")
        lines.append("confusion matrix (rows: true digit, columns: predicted digit):")
        lines.append("     " + (0..<10).map { String(format: "%6d", $0) }.joined())
        for (digit, row) in confusion.enumerated() {
            lines.append(String(format: "  %d  ", digit) + row.map { String(format: "%6d", $0) }.joined())
        }
        return lines.joined(separator: "\n")
    }
}
