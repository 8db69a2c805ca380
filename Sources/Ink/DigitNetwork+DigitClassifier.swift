import CNN

/// The engine's network reads digits for the recognizer.
extension DigitNetwork: DigitClassifier {
    /// The network's batch path on both cores.
    public func probabilities(forBatch images: [Float], count: Int) -> [Float] {
        probabilities(forBatch: images, count: count, threads: 2)
    }
}
