import Foundation

/// One-cycle learning rate: a linear warm-up from `peak/10` to `peak` over the first `warmupSteps`, then a
/// cosine decay to `peak/1000` at `totalSteps`.
///
/// ```swift
/// let schedule = LearningRateSchedule(peak: 2e-3, totalSteps: 6000, warmupSteps: 400)
/// schedule.rate(at: 0)      // 0.0002
/// schedule.rate(at: 400)    // 0.002
/// ```
public struct LearningRateSchedule: Sendable, Equatable {
    public var peak: Float
    public var totalSteps: Int
    public var warmupSteps: Int

    public init(peak: Float, totalSteps: Int, warmupSteps: Int) {
        self.peak = peak
        self.totalSteps = max(1, totalSteps)
        self.warmupSteps = max(0, min(warmupSteps, totalSteps))
    }

    public func rate(at step: Int) -> Float {
        let start = peak / 10, end = peak / 1000
        if step < warmupSteps {
            return start + (peak - start) * Float(step) / Float(warmupSteps)
        }
        let progress = min(1, Double(step - warmupSteps) / Double(max(1, totalSteps - warmupSteps)))
        return end + (peak - end) * Float(0.5 * (1 + cos(Double.pi * progress)))
    }
}
