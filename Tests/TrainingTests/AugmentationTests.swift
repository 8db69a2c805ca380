import CNN
import XCTest
@testable import Training

final class AugmentationTests: XCTestCase {
    func testIdentityCopiesAndDistortionKeepsInkNearTheCentre() throws {
        let set = try MNIST.load(directory: FixtureData.tinyMNIST, split: .test)
        let source = set.floatImage(0)
        var target = [Float](repeating: 0, count: 784)
        var rng = SeededGenerator(seed: 1)
        source.withUnsafeBufferPointer { s in
            Augmentation.none.apply(to: s.baseAddress!, into: &target, using: &rng)
        }
        XCTAssertEqual(target, source)
        // Distorted copies keep about the same amount of ink, differ from the source, and repeat per seed.
        var always = Augmentation.standard
        always.probability = 1
        for stream in 0..<20 {
            var a = SeededGenerator(seed: 7, stream: UInt64(stream)), b = a
            var first = [Float](repeating: 0, count: 784), second = first
            source.withUnsafeBufferPointer { s in
                always.apply(to: s.baseAddress!, into: &first, using: &a)
                always.apply(to: s.baseAddress!, into: &second, using: &b)
            }
            XCTAssertEqual(first, second)
            XCTAssertNotEqual(first, source)
            let inkBefore = source.reduce(0, +), inkAfter = first.reduce(0, +)
            XCTAssertEqual(inkAfter, inkBefore, accuracy: inkBefore * 0.35)
            if ProcessInfo.processInfo.environment["ASTRO_SHOW_AUGMENTATION"] != nil {
                print(DataViews.halfBlock(first).joined(separator: "\n"))
            }
        }
    }

    func testProbabilityLeavesTheRestClean() throws {
        let source = try MNIST.load(directory: FixtureData.tinyMNIST, split: .test).floatImage(1)
        var clean = 0
        for stream in 0..<400 {
            var rng = SeededGenerator(seed: 2, stream: UInt64(stream))
            var out = [Float](repeating: 0, count: 784)
            source.withUnsafeBufferPointer { Augmentation.standard.apply(to: $0.baseAddress!, into: &out, using: &rng) }
            if out == source { clean += 1 }
        }
        // probability 0.7 → about 120 of 400 left as they are.
        XCTAssertGreaterThan(clean, 80)
        XCTAssertLessThan(clean, 160)
    }
}
