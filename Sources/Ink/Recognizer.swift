/// Reads drawings: the ink pipeline, then the classifier, then the confidence rule.
///
/// ```swift
/// let recognizer = Recognizer(classifier: try DigitNetwork(contentsOf: url))
/// let reading = recognizer.read(drawing)
/// print(reading.answer ?? "-", reading.readable)
/// ```
public struct Recognizer {
    /// The smallest probability a digit's best guess needs for the drawing to count as read. Chosen from
    /// data (docs/ink.md, the threshold): the smallest threshold at which single digits of held-out pen-data writers,
    /// replayed at 12, 16 and 20 rows, are confidently misread at most 0.5 % of the time at every one of those
    /// heights. Re-apply the rule whenever `Weights/` changes: label smoothing, for one, softens all
    /// probabilities and moved it from 0.78 to 0.52.
    public static let defaultThreshold: Float = 0.52
    /// Answers have one to four digits; more marks than that are not an answer.
    public static let maximumDigits = 4

    public let classifier: DigitClassifier
    public let threshold: Float
    public let settings: InkSettings
    /// Threads a batch of digit images is read on.
    public let threads: Int

    public init(classifier: DigitClassifier, threshold: Float = Recognizer.defaultThreshold,
                settings: InkSettings = .standard, threads: Int = 2) {
        self.classifier = classifier
        self.threshold = threshold
        self.settings = settings
        self.threads = max(1, threads)
    }

    /// Reads one drawing.
    public func read(_ drawing: Drawing) -> Reading {
        read([drawing])[0]
    }

    /// Reads many drawings with one batched classifier call (what `recognize` and `pen-bench` use).
    public func read(_ drawings: [Drawing]) -> [Reading] {
        let views = drawings.map { InkPipeline.digitViews(of: $0, settings: settings) }
        let viewCount = 1 + settings.readingRotations.count
        let flat = views.flatMap { $0.flatMap { $0.flatMap(\.pixels) } }
        let count = views.reduce(0) { $0 + $1.count } * viewCount
        let probabilities = count > 0 ? classifier.probabilities(forBatch: flat, count: count, threads: threads) : []
        var next = 0
        return views.map { digitViews in
            let digits = digitViews.map { _ in
                // The mean of the views' probabilities (still sums to 1).
                var mean = [Float](repeating: 0, count: 10)
                for v in 0..<viewCount {
                    for k in 0..<10 { mean[k] += probabilities[(next + v) * 10 + k] / Float(viewCount) }
                }
                next += viewCount
                return DigitReading(probabilities: mean)
            }
            return reading(of: digits)
        }
    }

    /// Applies the confidence rule to digits already classified.
    public func reading(of digits: [DigitReading]) -> Reading {
        guard !digits.isEmpty else { return Reading(answer: nil, readable: false, digits: []) }
        let answer = digits.map { String($0.digit) }.joined()
        let readable = digits.count <= Recognizer.maximumDigits && digits.allSatisfy { $0.probability >= threshold }
        return Reading(answer: answer, readable: readable, digits: digits)
    }
}
