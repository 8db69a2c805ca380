import CNN
import EnglishCatalogue
import XCTest

/// Our engine against PyTorch on the same weights file (written by PyTorch) and the same images.
final class ParityTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testLogitsMatchPyTorchWithin1e4() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let images = try FixtureFiles.images(), expected = try FixtureFiles.torchLogits()
        XCTAssertEqual(images.count, 40)
        XCTAssertEqual(expected.count, images.count)
        var worst: Float = 0
        for (image, reference) in zip(images, expected) {
            let logits = network.logits(for: image)
            XCTAssertEqual(logits.count, 10)
            for (ours, theirs) in zip(logits, reference) { worst = max(worst, abs(ours - theirs)) }
        }
        XCTAssertLessThanOrEqual(worst, 1e-4, "largest |ours - PyTorch| over 40 images")
    }

    func testBatchPathMatchesPyTorchOnTwoThreads() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let images = try FixtureFiles.images(), expected = try FixtureFiles.torchLogits()
        let logits = network.logits(forBatch: images.flatMap { $0 }, count: images.count, threads: 2)
        for i in images.indices {
            for d in 0..<10 { XCTAssertEqual(logits[i * 10 + d], expected[i][d], accuracy: 1e-4, "image \(i) digit \(d)") }
        }
    }

    func testPredictionsMatchLabelsAndProbabilitiesSumToOne() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let images = try FixtureFiles.images(), labels = try FixtureFiles.labels()
        var correct = 0
        for (image, label) in zip(images, labels) {
            let p = network.probabilities(for: image)
            XCTAssertEqual(p.reduce(0, +), 1, accuracy: 1e-5)
            XCTAssertTrue(p.allSatisfy { $0 >= 0 && $0 <= 1 })
            if p.indices.max(by: { p[$0] < p[$1] }) == label { correct += 1 }
        }
        XCTAssertGreaterThanOrEqual(correct, 39, "a 98.9 % network should read at least 39 of these 40")
        let batch = network.probabilities(forBatch: images.flatMap { $0 }, count: images.count, threads: 3)
        XCTAssertEqual(batch.count, 400)
        for i in 0..<images.count { XCTAssertEqual(batch[(i * 10)..<(i * 10 + 10)].reduce(0, +), 1, accuracy: 1e-5) }
    }
}
