/// Anything that turns a 28×28 digit image (784 values, ink 1.0) into 10 probabilities, digit 0 first.
/// `CNN.DigitNetwork` conforms; tests use small fakes.
///
/// ```swift
/// let network = try DigitNetwork(contentsOf: url)
/// let recognizer = Recognizer(classifier: network)
/// ```
public protocol DigitClassifier {
    func probabilities(for image: [Float]) -> [Float]
    /// Probabilities of `count` images stored one after another; 10 values per image, computed on at most
    /// `threads` threads (the recognizer's caller decides: a lesson reads on one, `recognize` on two).
    func probabilities(forBatch images: [Float], count: Int, threads: Int) -> [Float]
}

extension DigitClassifier {
    /// One image at a time on the calling thread; classifiers with a faster batch path override this.
    public func probabilities(forBatch images: [Float], count: Int, threads: Int) -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(count * 10)
        for k in 0..<count {
            out += probabilities(for: Array(images[(k * 784)..<((k + 1) * 784)]))
        }
        return out
    }
}
