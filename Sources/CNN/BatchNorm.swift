/// Batch-norm parameters of one layer (PyTorch's `weight`, `bias`, `running_mean`, `running_var`, `eps`).
///
/// ```swift
/// let bn = BatchNorm(gamma: g, beta: b, mean: m, variance: v, epsilon: 1e-5)
/// bn.fold(weights: &convW, bias: &convB)   // conv then bn == folded conv
/// ```
public struct BatchNorm: Sendable {
    public var gamma: [Float], beta: [Float], mean: [Float], variance: [Float]
    public var epsilon: Float

    public init(gamma: [Float], beta: [Float], mean: [Float], variance: [Float], epsilon: Float) {
        precondition(beta.count == gamma.count && mean.count == gamma.count && variance.count == gamma.count,
                     "BatchNorm: parameter counts differ")
        self.gamma = gamma; self.beta = beta; self.mean = mean; self.variance = variance; self.epsilon = epsilon
    }

    /// Inference-mode batch norm of `x` laid out `channels × spatial` (spatial = 1 for a dense layer's output):
    /// `y = (x - mean) · gamma / sqrt(variance + eps) + beta`.
    public func apply(_ x: [Float]) -> [Float] {
        let channels = gamma.count, spatial = x.count / channels
        var y = x
        for c in 0..<channels {
            let scale = gamma[c] / (variance[c] + epsilon).squareRoot()
            for i in 0..<spatial { y[c * spatial + i] = (x[c * spatial + i] - mean[c]) * scale + beta[c] }
        }
        return y
    }

    /// Folds this batch norm into the layer before it (weights `channels × fanIn`, bias `channels`), so that
    /// `layer'(x) == bn(layer(x))`: `W' = W·s`, `b' = (b - mean)·s + beta` with `s = gamma / sqrt(var + eps)`.
    public func fold(weights: inout [Float], bias: inout [Float]) {
        let channels = gamma.count
        precondition(bias.count == channels && weights.count % channels == 0, "BatchNorm.fold: sizes do not match")
        let fanIn = weights.count / channels
        for c in 0..<channels {
            let scale = gamma[c] / (variance[c] + epsilon).squareRoot()
            for i in 0..<fanIn { weights[c * fanIn + i] *= scale }
            bias[c] = (bias[c] - mean[c]) * scale + beta[c]
        }
    }
}
