import CNN
import Ink

/// Reads drawings with the ink pipeline and the network, by the very path `astro-numbers recognize`
/// uses (`Recognizer.read`), and keeps each digit's ten probabilities (averaged over the reading views)
/// for the records. It reads on one thread: an answer has at most four digits (twelve images with the
/// reading views), which one thread reads as fast as two, without a second thread's stack and malloc arena
/// in every child's process.
///
/// ```swift
/// let reader = InkAnswerReader(classifier: try DigitNetwork(contentsOf: url))
/// reader.read(drawing).answer   // "15", or nil when a digit is below the confidence threshold
/// ```
public final class InkAnswerReader: AnswerReader {
    private let recognizer: Recognizer

    public init(classifier: DigitClassifier, threshold: Float = Recognizer.defaultThreshold, settings: InkSettings = .standard) {
        // The screen rereads after every stroke: the cache keeps the readings of the candidate digits without
        // the new stroke (a 4-digit answer has about 50 of them with their views).
        recognizer = Recognizer(classifier: classifier, threshold: threshold, settings: settings, threads: 1, cacheCapacity: 256)
    }

    public func read(_ drawing: Drawing) -> DrawnAnswer {
        let reading = recognizer.read(drawing)
        return DrawnAnswer(answer: reading.readable ? reading.answer : nil,
                           digitProbabilities: reading.digits.map { $0.probabilities.map(Double.init) },
                           digitStrokes: reading.digitStrokes)
    }

    /// Forgets the readings kept between strokes, so the next stroke is read as a child's new stroke would
    /// be (`astro-lab play-bench` measures that way).
    public func forgetReadings() {
        recognizer.cache?.removeAll()
    }
}

