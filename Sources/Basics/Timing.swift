/// The one timing helper: monotonic seconds (`ContinuousClock`), timing a piece of work, and the order
/// statistics that benchmark figures are reported as.
///
/// ```swift
/// let (network, seconds) = try Timing.measure { try DigitNetwork(contentsOf: url) }
/// let start = Timing.now()
/// // ...
/// print(Timing.median([0.4, 0.1, 0.3]), Timing.now() - start)   // 0.3, seconds since start
/// ```
public enum Timing {
    /// The moment `now()` counts from: the first use in this process.
    private static let origin = ContinuousClock.now

    /// Seconds since a fixed moment of this process on a monotonic clock: differences are durations that
    /// wall-clock changes (NTP, the user setting the time) never disturb.
    public static func now() -> Double {
        origin.duration(to: .now).seconds
    }

    /// Runs `work` and returns its result with the seconds it took.
    public static func measure<T>(_ work: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        return (result, start.duration(to: clock.now).seconds)
    }

    /// The median (the mean of the two middle values for an even count); 0 for no values.
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The value below which a `share` (0...1) of the values lie (nearest rank: the sorted value at index
    /// `share × count`, clamped); 0 for no values.
    public static func percentile(_ values: [Double], _ share: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, max(0, Int(Double(sorted.count) * share)))]
    }
}

extension Duration {
    /// The duration in seconds.
    ///
    /// ```swift
    /// Duration.milliseconds(1500).seconds   // 1.5
    /// ```
    public var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
