import XCTest
@testable import Quiz

final class SeededRandomTests: XCTestCase {
    func testSameSeedSameSequenceAndKnownFirstValue() {
        var a = SeededRandom(seed: 0), b = SeededRandom(seed: 0)
        // SplitMix64's published first output for seed 0.
        XCTAssertEqual(a.next(), 0xE220_A839_7B1D_CDAF)
        _ = b.next()
        XCTAssertEqual((0..<100).map { _ in a.next() }, (0..<100).map { _ in b.next() })
    }

    func testBoundedValuesCoverTheRangeEvenly() {
        var rng = SeededRandom(seed: 12)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[rng.next(below: 6)] += 1 }
        XCTAssertTrue(counts.allSatisfy { (9_400...10_600).contains($0) }, "\(counts)")
    }

    func testShuffleIsAPermutation() {
        var rng = SeededRandom(seed: 3)
        var items = Array(0..<50)
        rng.shuffle(&items)
        XCTAssertEqual(items.sorted(), Array(0..<50))
        XCTAssertNotEqual(items, Array(0..<50))
    }
}
