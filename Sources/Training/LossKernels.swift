import Foundation

/// Softmax cross-entropy over logits laid out class-major: `logits [classes][samples]`.
enum LossKernels {
    /// Returns the summed loss and the number of correct argmax predictions of the chunk, and writes
    /// `dLogits = (softmax − target) · gradientScale` (scale = 1/batch for a mean loss). The target is the
    /// one-hot label, or with `labelSmoothing` ε the label at 1 − ε + ε/classes and every class at ε/classes.
    ///
    /// A label equal to `classes` marks a non-digit (outlier exposure): its target is the even spread
    /// 1/classes over every class and its loss and gradient are weighted by `outlierWeight`, so the network
    /// learns to be unsure of what is not a digit instead of naming one. Outliers never count as correct.
    static func softmaxCrossEntropy(_ logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, classes: Int,
                                    samples: Int, gradientScale: Float, labelSmoothing: Float = 0, outlierWeight: Float = 0,
                                    dLogits: UnsafeMutablePointer<Float>?) -> (loss: Double, correct: Int) {
        let other = labelSmoothing / Float(classes), hit = 1 - labelSmoothing + other
        let even = 1 / Float(classes)
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
            let isOutlier = label == classes
            if bestClass == label { correct += 1 }
            var total: Float = 0
            for k in 0..<classes {
                p[k] = expf(logits[k * samples + s] - best)
                total += p[k]
            }
            // −Σ target·log softmax, with log softmax_k = (logit_k − best) − log total.
            let logTotal = logf(total)
            var sampleLoss: Float = 0
            for k in 0..<classes {
                let target = isOutlier ? even : (k == label ? hit : other)
                if target > 0 { sampleLoss -= target * (logits[k * samples + s] - best - logTotal) }
            }
            let weight: Float = isOutlier ? outlierWeight : 1
            loss += Double(sampleLoss * weight)
            if let d = dLogits {
                for k in 0..<classes {
                    let target = isOutlier ? even : (k == label ? hit : other)
                    d[k * samples + s] = (p[k] / total - target) * gradientScale * weight
                }
            }
        }
        return (loss, correct)
    }
}
