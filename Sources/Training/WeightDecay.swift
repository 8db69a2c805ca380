/// Decoupled weight decay (Loshchilov & Hutter's AdamW): after each optimiser step every convolution and
/// dense weight shrinks by the factor `1 - learningRate · rate`, apart from the gradient. Biases and the
/// batch-norm scales and shifts are left alone, as usual: shrinking them only moves the network's
/// operating point, it does not limit how sharply it separates digits.
///
/// ```swift
/// let decay = WeightDecay(rate: 0.05)
/// adam.update(&parameters.values, gradient: gradient, learningRate: lr)
/// decay.apply(to: &parameters.values, learningRate: lr)
/// ```
public struct WeightDecay: Sendable, Equatable {
    /// Decay per unit of learning rate (PyTorch's `AdamW(weight_decay:)`); 0 turns it off.
    public let rate: Float

    public init(rate: Float) {
        self.rate = rate
    }

    /// The stretches of `NetworkParameters.values` that decay: `conv1/conv2/fc1/fc2.weight`.
    public static let decayedRanges: [Range<Int>] = NetworkParameters.trainable
        .filter { $0.name.hasSuffix(".weight") && !$0.name.hasPrefix("bn") }
        .map { $0.offset..<($0.offset + $0.count) }

    /// Shrinks the decayed weights in place by `1 - learningRate · rate`.
    public func apply(to values: inout [Float], learningRate: Float) {
        guard rate > 0 else { return }
        let factor = 1 - learningRate * rate
        values.withUnsafeMutableBufferPointer { p in
            for range in Self.decayedRanges {
                for i in range { p[i] *= factor }
            }
        }
    }
}
