import CNN
import Training

extension Evaluation {
    /// Scores the inference engine on labelled 28×28 byte images (MNIST layout: 0 = background, 255 = ink):
    /// the logits come from `network.logits(forBatch:)` in chunks of 1,000 images on `threads` threads.
    /// Images must be 784 bytes each and labels 0–9.
    ///
    /// ```swift
    /// let test = try MNIST.load(directory: folder, split: .test)
    /// let result = try Evaluation(network: network, images: test.images, labels: test.labels, threads: 2)
    /// print(result.accuracy)   // 0.9956
    /// ```
    public init(network: DigitNetwork, images: [UInt8], labels: [UInt8], threads: Int) throws {
        guard images.count == labels.count * 784 else {
            throw EvaluationError.sizeMismatch(images: images.count, labels: labels.count)
        }
        if let bad = labels.firstIndex(where: { $0 > 9 }) { throw EvaluationError.badLabel(index: bad, value: Int(labels[bad])) }
        var logits: [Float] = []
        logits.reserveCapacity(labels.count * 10)
        let chunk = 1000
        var first = 0
        while first < labels.count {
            let n = min(chunk, labels.count - first)
            let pixels = images[(first * 784)..<((first + n) * 784)].map { Float($0) / 255 }
            logits += network.logits(forBatch: pixels, count: n, threads: threads)
            first += n
        }
        self.init(logits: logits, labels: labels.map(Int.init))
    }
}
