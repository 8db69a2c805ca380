/// An exponential moving average of the trainable weights (Polyak averaging), updated after every optimiser
/// step. Adam's last steps still jitter the weights around the minimum; the average sits nearer its centre,
/// which reads unseen digits a little better than any single step's weights.
///
/// The effective decay starts small and grows to `decay` — `min(decay, (1 + n) / (10 + n))` after `n`
/// updates — so the random initial weights are forgotten quickly. The batch-norm running statistics are not
/// averaged: they belong to one set of weights and are re-estimated for the averaged weights after training.
///
/// ```swift
/// var average = WeightAverage(decay: 0.999, start: net.parameters.values)
/// adam.update(&net.parameters.values, gradient: net.gradient, learningRate: rate)
/// average.update(with: net.parameters.values)
/// ```
public struct WeightAverage: Sendable, Equatable {
    /// Largest share of the old average kept per update (0.999 ≈ the last thousand steps).
    public var decay: Float
    /// The averaged weights, laid out as `NetworkParameters.values`.
    public var values: [Float]
    /// Number of updates so far.
    public var updates: Int

    public init(decay: Float, start: [Float], updates: Int = 0) {
        self.decay = decay
        self.values = start
        self.updates = updates
    }

    /// The share of the old average kept by the next update.
    public var nextDecay: Float {
        min(decay, Float(1 + updates) / Float(10 + updates))
    }

    /// `average ← d · average + (1 − d) · current`.
    public mutating func update(with current: [Float]) {
        precondition(current.count == values.count)
        let d = nextDecay
        updates += 1
        values.withUnsafeMutableBufferPointer { a in
            current.withUnsafeBufferPointer { c in
                for i in 0..<a.count { a[i] = d * a[i] + (1 - d) * c[i] }
            }
        }
    }
}
