/// SplitMix64: a small, fast generator whose output depends only on its seed.
///
/// The standard library's `random(in:using:)` and `shuffle(using:)` may change their algorithms
/// between Swift releases; the quiz draws with ``next(below:)`` and its own shuffle so a seed
/// gives the same session on every toolchain.
///
/// ```swift
/// var rng = SeededRandom(seed: 42)
/// let die = rng.next(below: 6) + 1
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that always produces the same sequence for the same seed.
    public init(seed: UInt64) { state = seed }

    /// A generator for the `index`-th independent stream of `seed` (one per generator of a set).
    init(seed: UInt64, stream index: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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

    /// Fisher–Yates shuffle with this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, next(below: i + 1))
        }
    }
}
