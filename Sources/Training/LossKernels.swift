import Foundation

/// Softmax cross-entropy over logits laid out class-major: `logits [classes][samples]`.
enum LossKernels {
    /// Returns the summed loss and the number of correct argmax predictions of the chunk, and writes
    /// `dLogits = (softmax − onehot) · gradientScale` (scale = 1/batch for a mean loss).
    static func softmaxCrossEntropy(_ logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, classes: Int,
                                    samples: Int, gradientScale: Float,
                                    dLogits: UnsafeMutablePointer<Float>?) -> (loss: Double, correct: Int) {
        var loss = 0.0
        var correct = 0
        var p = [Float](repeating: 0, count: classes)
        for s in 0..<samples {
            var best = logits[s], bestClass = 0
            for k in 1..<classes where logits[k * samples + s] > best {
                best = logits[k * samples + s]
                bestClass = k
            }
            let label = Int(labels[s])
            if bestClass == label { correct += 1 }
            var total: Float = 0
            for k in 0..<classes {
                p[k] = expf(logits[k * samples + s] - best)
                total += p[k]
            }
            loss += Double(logf(total) - (logits[label * samples + s] - best))
            if let d = dLogits {
                for k in 0..<classes {
                    d[k * samples + s] = (p[k] / total - (k == label ? 1 : 0)) * gradientScale
                }
            }
        }
        return (loss, correct)
    }
}
