import CNN
import Ink

/// How often drawings that are not digits (letters) would be accepted as an answer: each replayed alone as a
/// terminal drawing and read like a child's answer; it is accepted when it reads as one to four digits, each
/// at or above the threshold.
///
/// ```swift
/// let bench = NonDigitBench(samples: letters, canvasRows: 16, classifier: network, settings: network.readingSettings)
/// print(bench.acceptedShare(threshold: network.readingThreshold))   // 0.03: 3 % read as a number
/// ```
public struct NonDigitBench: Sendable {
    public let canvasRows: Int
    /// Per drawing: the least sure digit's probability, or 0 when it reads as no digits or too many.
    public let lowestProbabilities: [Float]

    public init(samples: [PenSample], canvasRows: Int, classifier: DigitClassifier, settings: InkSettings = .standard) {
        self.canvasRows = canvasRows
        let recognizer = Recognizer(classifier: classifier, threshold: 0, settings: settings)
        let readings = recognizer.read(samples.map { TerminalReplay.drawing(of: [$0], canvasRows: canvasRows) })
        lowestProbabilities = readings.map { reading in
            (1...Recognizer.maximumDigits).contains(reading.digits.count) ? (reading.digits.map(\.probability).min() ?? 0) : 0
        }
    }

    public var count: Int { lowestProbabilities.count }

    /// The share of drawings accepted as a number at `threshold`.
    public func acceptedShare(threshold: Float) -> Double {
        guard count > 0 else { return 0 }
        return Double(lowestProbabilities.filter { $0 > 0 && $0 >= threshold }.count) / Double(count)
    }
}
