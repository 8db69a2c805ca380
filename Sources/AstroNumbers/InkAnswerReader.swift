import CNN
import Ink

/// Reads drawings with the ink pipeline and the network, by the very path `astro-numbers recognize`
/// uses (`Recognizer.read`), and keeps each digit's ten probabilities (averaged over the reading views)
/// for the records.
///
/// ```swift
/// let reader = InkAnswerReader(classifier: try DigitNetwork(contentsOf: url))
/// reader.read(drawing).answer   // "15", or nil when a digit is below the confidence threshold
/// ```
public final class InkAnswerReader: AnswerReader {
    private let recognizer: Recognizer

    public init(classifier: DigitClassifier, threshold: Float = Recognizer.defaultThreshold) {
        recognizer = Recognizer(classifier: OneThreadClassifier(classifier), threshold: threshold)
    }

    public func read(_ drawing: Drawing) -> DrawnAnswer {
        let reading = recognizer.read(drawing)
        return DrawnAnswer(answer: reading.readable ? reading.answer : nil,
                           digitProbabilities: reading.digits.map { $0.probabilities.map(Double.init) })
    }
}

/// Reads a batch on one thread: an answer has at most four digits (twelve images with the reading views),
/// which one thread reads as fast as two, without a second thread's stack and malloc arena in every
/// child's process.
private struct OneThreadClassifier: DigitClassifier {
    let classifier: DigitClassifier

    init(_ classifier: DigitClassifier) { self.classifier = classifier }

    func probabilities(for image: [Float]) -> [Float] {
        classifier.probabilities(for: image)
    }

    func probabilities(forBatch images: [Float], count: Int) -> [Float] {
        (classifier as? DigitNetwork)?.probabilities(forBatch: images, count: count, threads: 1)
            ?? classifier.probabilities(forBatch: images, count: count)
    }
}
