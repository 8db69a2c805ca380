import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// A seed for the questions of a session recorded without one (older records), from its number in the
/// records: different for every session in a shared file, and the same again when it is resumed.
///
/// ```swift
/// SessionSeed.seed(for: 42) == SessionSeed.seed(for: 42)   // true
/// ```
public enum SessionSeed {
    public static func seed(for session: Int64) -> UInt64 {
        // The first draw of a generator seeded with the number: neighbouring numbers give unrelated seeds.
        var generator = SeededGenerator(seed: UInt64(bitPattern: session))
        return generator.next()
    }
}
