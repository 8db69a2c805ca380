import Dispatch
import Foundation

/// Accuracy of a network on labelled 28×28 byte images (MNIST layout: 0 = background, 255 = ink):
/// overall and per-digit accuracy, the confusion matrix and the speed of the batched forward pass.
///
/// ```swift
/// let result = try DigitEvaluation.run(network, images: test.images, labels: test.labels, threads: 2)
/// print(result.report(weights: url.path))   // test_accuracy=0.9886 ... confusion matrix
/// ```
public struct DigitEvaluation: Sendable {
    /// `confusion[truth][predicted]` image counts.
    public let confusion: [[Int]]
    /// Wall-clock seconds of the forward passes (byte-to-float conversion included).
    public let seconds: Double
    public let threads: Int

    public var count: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }
    public var correct: Int { (0..<10).reduce(0) { $0 + confusion[$1][$1] } }
    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }
    public var imagesPerSecond: Double { seconds > 0 ? Double(count) / seconds : 0 }
    /// Accuracy among the images of each true digit (nil when a digit has no images).
    public var perDigitAccuracy: [Double?] {
        (0..<10).map { d in
            let total = confusion[d].reduce(0, +)
            return total == 0 ? nil : Double(confusion[d][d]) / Double(total)
        }
    }

    public init(confusion: [[Int]], seconds: Double, threads: Int) {
        self.confusion = confusion
        self.seconds = seconds
        self.threads = threads
    }

    /// Classifies every image (argmax of the logits; ties go to the lower digit, like PyTorch's argmax)
    /// in chunks of 1,000 on `threads` threads. Images must be 784 bytes each and labels 0–9.
    public static func run(_ network: DigitNetwork, images: [UInt8], labels: [UInt8], threads: Int) throws -> DigitEvaluation {
        guard images.count == labels.count * 784 else {
            throw DigitEvaluationError.sizeMismatch(images: images.count, labels: labels.count)
        }
        if let bad = labels.firstIndex(where: { $0 > 9 }) { throw DigitEvaluationError.badLabel(index: bad, value: Int(labels[bad])) }
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        let chunk = 1000
        let start = DispatchTime.now().uptimeNanoseconds
        var first = 0
        while first < labels.count {
            let n = min(chunk, labels.count - first)
            let pixels = images[(first * 784)..<((first + n) * 784)].map { Float($0) / 255 }
            let logits = network.logits(forBatch: pixels, count: n, threads: threads)
            for i in 0..<n {
                var best = 0
                for d in 1..<10 where logits[i * 10 + d] > logits[i * 10 + best] { best = d }
                confusion[Int(labels[first + i])][best] += 1
            }
            first += n
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return DigitEvaluation(confusion: confusion, seconds: seconds, threads: threads)
    }

    /// The `eval` command's text: `name=value` summary lines, per-digit accuracy, then the confusion matrix.
    public func report(weights: String) -> String {
        var lines = [
            "weights=\(weights)",
            "images=\(count)",
            "correct=\(correct)",
            String(format: "test_accuracy=%.4f", accuracy),
            "threads=\(threads)",
            String(format: "images_per_second=%.0f", imagesPerSecond),
            "",
            "per-digit accuracy:",
        ]
        for (digit, value) in perDigitAccuracy.enumerated() {
            let total = confusion[digit].reduce(0, +)
            lines.append(value.map { String(format: "  %d  %6.2f %%  (%d/%d)", digit, 100 * $0, confusion[digit][digit], total) }
                         ?? "  \(digit)  no images")
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

/// Why labelled images cannot be evaluated (one line each).
public enum DigitEvaluationError: Error, CustomStringConvertible, Equatable {
    case sizeMismatch(images: Int, labels: Int)
    case badLabel(index: Int, value: Int)

    public var description: String {
        switch self {
        case let .sizeMismatch(images, labels):
            return "evaluation: \(images) image bytes do not make \(labels) images of 28x28"
        case let .badLabel(index, value):
            return "evaluation: label \(index) is \(value), expected 0-9"
        }
    }
}
