/// A small, fast, seedable random number generator (SplitMix64), so training runs, ink replays and
/// benchmark inputs repeat exactly. It lives in CNN, the lowest numerical module, so all of them share it.
///
/// Every random choice of the trainer derives its own generator from the run's seed and a purpose-specific
/// stream number (epoch, sample index, ...), so results do not depend on which thread drew first.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42, stream: 7)
/// let x = Float.random(in: -1...1, using: &rng)
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one independent stream of a seed (mixes both so nearby numbers give unrelated streams).
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SeededGenerator(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        state = mixer.next() ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
