#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one seedable random number generator of the package (SplitMix64): quiz sessions, training runs, ink
/// replays and benchmark inputs repeat exactly for a seed, on every toolchain (the standard library's
/// `random(in:using:)` and `shuffle(using:)` may change their algorithms between Swift releases, so code whose
/// draws must never change uses ``next(below:)`` and ``shuffle(_:)``).
///
/// Independent streams of one seed come from ``init(seed:stream:)`` (the trainer gives every random choice its
/// own stream, so results do not depend on which thread drew first); ``mix(_:)`` is SplitMix64's finaliser,
/// for turning one number into an unrelated one.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42, stream: 7)
/// let x = Float.random(in: -1...1, using: &rng)
/// let die = rng.next(below: 6) + 1
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    /// SplitMix64's increment (the golden ratio in 64 bits).
    static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A generator that always produces the same sequence for the same seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one independent stream of a seed (mixes both so nearby numbers give unrelated streams).
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SeededGenerator(seed: seed ^ Self.increment)
        state = mixer.next() ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    /// SplitMix64's finaliser: neighbouring inputs give unrelated outputs.
    ///
    /// ```swift
    /// SeededGenerator.mix(1) != SeededGenerator.mix(2) &- 1   // true
    /// ```
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// A uniformly distributed number in `0..<bound` (bound > 0), without modulo bias.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        let threshold = (0 &- b) % b  // values below this would favour small results
        while true {
            let x = next()
            if x >= threshold { return Int(x % b) }
        }
    }

    /// Fisher–Yates shuffle with this generator (the same order for the same seed on every toolchain).
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, next(below: i + 1))
        }
    }

    /// A uniform float in [0, 1).
    public mutating func unit() -> Float {
        Float(next() >> 40) * (1.0 / Float(1 << 24))
    }

    /// A uniform float in [low, high).
    public mutating func uniform(_ low: Float, _ high: Float) -> Float {
        low + (high - low) * unit()
    }

    /// A standard normal sample (Box-Muller).
    public mutating func normal() -> Float {
        let u1 = max(unit(), 1e-7)
        let u2 = unit()
        return (-2 * logf(u1)).squareRoot() * cosf(2 * Float.pi * u2)
    }
}
