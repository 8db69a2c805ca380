import Foundation

/// Accuracy, mean loss and confusion matrix of a set of logits against labels: the one evaluation type, for
/// the trainer's validation and test passes and for the inference engine (`Lab`'s
/// `Evaluation(network:images:labels:threads:)` behind `astro-lab eval`).
///
/// ```swift
/// let result = Evaluation(logits: net.logits(images: pixels, count: n), labels: labels)
/// print(result.accuracy, result.confusion[7][1])   // how often a 7 was read as 1
/// ```
public struct Evaluation: Sendable, Equatable {
    public let count: Int
    public let loss: Double
    public let correct: Int
    /// `confusion[truth][predicted]`.
    public let confusion: [[Int]]

    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }

    /// Share right for each true digit.
    public var perDigitAccuracy: [Double] {
        confusion.enumerated().map { digit, row in
            let total = row.reduce(0, +)
            return total == 0 ? 0 : Double(row[digit]) / Double(total)
        }
    }

    /// `logits` holds ten values per label. Logits that are not finite (a network whose training diverged)
    /// give a loss of NaN or infinity and count as wrong, read as the largest finite value (or 0).
    public init(logits: [Float], labels: [Int]) {
        var confusion = Array(repeating: [Int](repeating: 0, count: 10), count: 10)
        var loss = 0.0, correct = 0
        for (i, label) in labels.enumerated() {
            let row = logits[i * 10..<i * 10 + 10]
            guard row.allSatisfy(\.isFinite) else {
                loss += row.contains(where: \.isNaN) ? .nan : .infinity
                let finite = row.indices.filter { row[$0].isFinite }
                let predicted = (finite.max { row[$0] < row[$1] } ?? i * 10) - i * 10
                confusion[label][predicted] += 1
                continue
            }
            // Ties go to the lowest digit, as the engine reads them.
            let best = row.max() ?? 0
            let predicted = (row.firstIndex(of: best) ?? i * 10) - i * 10
            let total = row.reduce(0.0) { $0 + Double(expf($1 - best)) }
            loss += log(total) - Double(logits[i * 10 + label] - best)
            confusion[label][predicted] += 1
            if predicted == label { correct += 1 }
        }
        self.count = labels.count
        self.loss = labels.isEmpty ? 0 : loss / Double(labels.count)
        self.correct = correct
        self.confusion = confusion
    }

    /// The confusion matrix and per-digit accuracy as text (rows: truth, columns: read as).
    public var table: String {
        var lines = ["truth\\read " + (0..<10).map { String(format: "%5d", $0) }.joined() + "   right"]
        for digit in 0..<10 {
            lines.append(String(format: "%10d ", digit) + confusion[digit].map { String(format: "%5d", $0) }.joined()
                + String(format: "  %5.1f%%", perDigitAccuracy[digit] * 100))
        }
        return lines.joined(separator: "\n")
    }
}
