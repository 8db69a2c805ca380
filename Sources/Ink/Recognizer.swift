/// Reads drawings: segmentation decided by reading, the reading views of each chosen digit, then the
/// confidence rule.
///
/// Every candidate digit (`Segmenter`) is read once, upright, in one batch; the split whose digits are most
/// probable together (with a prior on their shape) is chosen; each chosen digit is then read in all the views
/// of `InkSettings.readingRotations` and its probabilities are their mean. With a cache (the question screen
/// has one) a reread after one more stroke reads only the candidates that contain it.
///
/// ```swift
/// let recognizer = Recognizer(classifier: try DigitNetwork(contentsOf: url))
/// let reading = recognizer.read(drawing)
/// print(reading.answer ?? "-", reading.readable, reading.digitStrokes)   // "15" true [[0], [1, 2]]
/// ```
public struct Recognizer {
    /// The threshold for a weights file that carries none. A shipped file carries its own, chosen with it on
    /// validation writers (`DigitNetwork.readingThreshold`, metadata `reading_threshold`; docs/ink.md): this
    /// value is the one the rule gave the previous weights (label smoothing 0.1, pendigits writers only).
    public static let defaultThreshold: Float = 0.52
    /// Answers have one to four digits; more marks than that are not an answer.
    public static let maximumDigits = 4

    public let classifier: DigitClassifier
    public let threshold: Float
    public let settings: InkSettings
    /// Threads a batch of digit images is read on.
    public let threads: Int
    /// Readings of candidate digits kept between calls; nil reads everything afresh.
    public let cache: ReadingCache?

    /// `cacheCapacity` > 0 keeps that many readings of candidate digits between calls (the question screen
    /// rereads after every stroke).
    public init(classifier: DigitClassifier, threshold: Float = Recognizer.defaultThreshold,
                settings: InkSettings = .standard, threads: Int = 2, cacheCapacity: Int = 0) {
        self.init(classifier: classifier, threshold: threshold, settings: settings, threads: threads,
                  cache: cacheCapacity > 0 ? ReadingCache(capacity: cacheCapacity) : nil)
    }

    private init(classifier: DigitClassifier, threshold: Float, settings: InkSettings, threads: Int, cache: ReadingCache?) {
        self.classifier = classifier
        self.threshold = threshold
        self.settings = settings
        self.threads = max(1, threads)
        self.cache = cache
    }

    /// The same recognizer scoring splits with `segmentation`, sharing this one's cache (the images and
    /// their readings do not depend on it): for tuning the segmentation without reading anything twice.
    public func segmenting(with segmentation: SegmentationSettings) -> Recognizer {
        var changed = settings
        changed.segmentation = segmentation
        return Recognizer(classifier: classifier, threshold: threshold, settings: changed, threads: threads, cache: cache)
    }

    /// Reads one drawing.
    public func read(_ drawing: Drawing) -> Reading {
        read([drawing])[0]
    }

    /// Reads many drawings with batched classifier calls (what `recognize` and `pen-bench` use).
    public func read(_ drawings: [Drawing]) -> [Reading] {
        let segmenter = Segmenter(settings: settings)
        var batch = ReadingBatch(classifier: classifier, threads: threads, renderer: DigitRenderer(settings: settings), cache: cache)
        let lattices: [Segmenter.Lattice?] = drawings.map {
            if case .candidates(let lattice) = segmenter.lattice(of: $0) { return lattice }
            return nil
        }

        // Every candidate digit, upright.
        let candidateTickets = lattices.map { lattice in
            lattice.map { l in
                l.groups.indices.map { g in
                    l.worthReading[g] ? batch.request(strokes: l.strokeIndices(of: g).map { l.strokes[$0]! }, cellAspect: l.cellAspect, degrees: 0) : -1
                }
            } ?? []
        }
        batch.readAll()
        let splits: [[[Int]]] = zip(lattices, candidateTickets).map { lattice, tickets in
            guard let lattice else { return [] }
            return segmenter.choose(in: lattice, bestProbabilities: tickets.map { $0 < 0 ? 0 : batch[$0].max() ?? 0 })
        }

        // The chosen digits (dots included) in every reading view.
        let angles = [0] + settings.readingRotations
        let viewTickets = zip(lattices, splits).map { lattice, digits in
            digits.map { digit in
                angles.map { batch.request(strokes: digit.map { lattice!.strokes[$0]! }, cellAspect: lattice!.cellAspect, degrees: $0) }
            }
        }
        batch.readAll()

        return zip(splits, viewTickets).map { digits, views in
            let readings = views.map { tickets in
                // The mean of the views' probabilities (still sums to 1).
                var mean = [Float](repeating: 0, count: 10)
                for t in tickets {
                    let p = batch[t]
                    for k in 0..<10 { mean[k] += p[k] / Float(tickets.count) }
                }
                return DigitReading(probabilities: mean)
            }
            var reading = reading(of: readings)
            reading.digitStrokes = digits
            return reading
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
