import Basics
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
            // Scaling up by 10 % alone adds 21 % ink, and local elastic stretching can add as much again.
            XCTAssertEqual(inkAfter, inkBefore, accuracy: inkBefore * 0.5)
            if ProcessInfo.processInfo.environment["ASTRO_SHOW_AUGMENTATION"] != nil {
                print(DataViews.halfBlock(first).joined(separator: "\n"))
            }
        }
    }

    func testElasticKeepsFlatAreasAndBendsThinLines() throws {
        // Moving pixels around an image of one constant value leaves it constant (away from the borders).
        let source = [Float](repeating: 0.5, count: 784)
        let elasticOnly = Augmentation(rotationDegrees: 0, scale: 0, shear: 0, shift: 0, elastic: 0.5, elasticGrid: 2)
        var rng = SeededGenerator(seed: 5)
        var out = [Float](repeating: 0, count: 784)
        source.withUnsafeBufferPointer { elasticOnly.apply(to: $0.baseAddress!, into: &out, using: &rng) }
        for y in 4..<24 { for x in 4..<24 { XCTAssertEqual(out[y * 28 + x], 0.5, accuracy: 1e-5) } }
        // A finer grid moves nearby pixels by different amounts: a thin line gets bent.
        let fine = Augmentation(rotationDegrees: 0, scale: 0, shear: 0, shift: 0, elastic: 1.5, elasticGrid: 8)
        var line = [Float](repeating: 0, count: 784)
        for y in 2..<26 { line[y * 28 + 14] = 1 }
        var bent = [Float](repeating: 0, count: 784)
        var rng2 = SeededGenerator(seed: 6)
        line.withUnsafeBufferPointer { fine.apply(to: $0.baseAddress!, into: &bent, using: &rng2) }
        let centres = (6..<22).map { y -> Float in
            let row = (0..<28).map { bent[y * 28 + $0] }
            return zip(row.indices, row).reduce(0) { $0 + Float($1.0) * $1.1 } / max(row.reduce(0, +), 1e-6)
        }
        XCTAssertGreaterThan(centres.max()! - centres.min()!, 0.5, "the line should wander by more than half a pixel")
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
