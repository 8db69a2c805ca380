import Foundation

extension Layers {
    /// Softmax, numerically stable (the maximum is subtracted before `exp`): probabilities summing to 1.
    ///
    /// ```swift
    /// Layers.softmax([2, 1, 0])   // [0.665, 0.245, 0.090]
    /// ```
    public static func softmax(_ logits: [Float]) -> [Float] {
        guard let top = logits.max() else { return [] }
        let exps = logits.map { Float(exp(Double($0 - top))) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }
}
