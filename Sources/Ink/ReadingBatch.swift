/// Digit images to be read, collected first and then read together: each distinct image once, those in the
/// cache not at all, the rest rendered and passed to the classifier in one batch.
///
/// ```swift
/// var batch = ReadingBatch(classifier: network, threads: 1, renderer: DigitRenderer(settings: .standard), cache: nil)
/// let ticket = batch.request(strokes: [stroke], cellAspect: 2, degrees: 0)
/// batch.readAll()
/// let probabilities = batch[ticket]   // 10 values
/// ```
struct ReadingBatch {
    let classifier: DigitClassifier
    let threads: Int
    let renderer: DigitRenderer
    let cache: ReadingCache?

    private var slots: [ReadingCache.Key: Int] = [:]
    private var keys: [ReadingCache.Key] = []
    private var points: [[[InkPoint]]] = []
    private var results: [[Float]?] = []

    init(classifier: DigitClassifier, threads: Int, renderer: DigitRenderer, cache: ReadingCache?) {
        self.classifier = classifier
        self.threads = threads
        self.renderer = renderer
        self.cache = cache
    }

    /// Asks for the reading of the digit made of `strokes` turned by `degrees`; the ticket finds it after
    /// `readAll()`.
    mutating func request(strokes: [InkStroke], cellAspect: Double, degrees: Double) -> Int {
        let key = ReadingCache.Key(strokes: strokes.map(\.cells), cellAspect: cellAspect, degrees: degrees)
        if let slot = slots[key] { return slot }
        slots[key] = keys.count
        keys.append(key)
        points.append(strokes.map(\.points))
        results.append(cache?.probabilities(key))
        return keys.count - 1
    }

    /// Reads every requested image not known yet, in one classifier call.
    mutating func readAll() {
        let missing = results.indices.filter { results[$0] == nil }
        guard !missing.isEmpty else { return }
        var pixels: [Float] = []
        pixels.reserveCapacity(missing.count * 784)
        for slot in missing { pixels += renderer.image(of: points[slot], rotatedBy: keys[slot].degrees).pixels }
        let out = classifier.probabilities(forBatch: pixels, count: missing.count, threads: threads)
        for (n, slot) in missing.enumerated() {
            let p = Array(out[(n * 10)..<((n + 1) * 10)])
            results[slot] = p
            cache?.store(keys[slot], p)
        }
    }

    /// The ten probabilities of a ticket's image (after `readAll()`).
    subscript(ticket: Int) -> [Float] { results[ticket] ?? [Float](repeating: 0, count: 10) }
}
