import CNN
import Ink

/// Reads drawings with the ink pipeline and the network, by the very path `astro-numbers recognize`
/// uses (`Recognizer.read`), and keeps each digit's ten probabilities for the records.
///
/// ```swift
/// let reader = InkAnswerReader(classifier: try DigitNetwork(contentsOf: url))
/// reader.read(drawing).answer   // "15", or nil when a digit is below the confidence threshold
/// ```
public final class InkAnswerReader: AnswerReader {
    private let probe: ProbabilityProbe
    private let recognizer: Recognizer

    public init(classifier: DigitClassifier, threshold: Float = Recognizer.defaultThreshold) {
        probe = ProbabilityProbe(classifier)
        recognizer = Recognizer(classifier: probe, threshold: threshold)
    }

    public func read(_ drawing: Drawing) -> DrawnAnswer {
        probe.last = []
        let reading = recognizer.read(drawing)
        let all = probe.last
        let digits = all.count == reading.digits.count * 10
            ? stride(from: 0, to: all.count, by: 10).map { all[$0..<($0 + 10)].map(Double.init) }
            : reading.digits.map { digit in
                var p = [Double](repeating: 0, count: 10)
                for (d, probability) in digit.top { p[d] = Double(probability) }
                return p
            }
        return DrawnAnswer(answer: reading.readable ? reading.answer : nil, digitProbabilities: digits)
    }
}

/// Passes images to the real classifier and remembers the probabilities of the last batch.
private final class ProbabilityProbe: DigitClassifier {
    let classifier: DigitClassifier
    var last: [Float] = []

    init(_ classifier: DigitClassifier) { self.classifier = classifier }

    func probabilities(for image: [Float]) -> [Float] {
        let p = classifier.probabilities(for: image)
        last = p
        return p
    }

    func probabilities(forBatch images: [Float], count: Int) -> [Float] {
        // An answer has at most four digits: one thread reads them as fast as two, without a second
        // thread's stack and malloc arena in every child's process.
        let p = (classifier as? DigitNetwork)?.probabilities(forBatch: images, count: count, threads: 1)
            ?? classifier.probabilities(forBatch: images, count: count)
        last = p
        return p
    }
}
