import CNN
import Foundation
import XCTest

final class DigitEvaluationTests: XCTestCase {
    func testCountsMatchSingleImagePredictions() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let bytes = [UInt8](try Data(contentsOf: try FixtureFiles.url("mnist-test-first40.u8")))
        let labels = try FixtureFiles.labels().map(UInt8.init)
        let result = try DigitEvaluation.run(network, images: bytes, labels: labels, threads: 2)
        var expected = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        for (i, image) in try FixtureFiles.images().enumerated() {
            let logits = network.logits(for: image)
            expected[Int(labels[i])][logits.indices.max { logits[$0] < logits[$1] }!] += 1
        }
        XCTAssertEqual(result.confusion, expected)
        XCTAssertEqual(result.count, 40)
        XCTAssertEqual(result.accuracy, Double(result.correct) / 40)
        let report = result.report(weights: "w.safetensors")
        XCTAssertTrue(report.contains(String(format: "test_accuracy=%.4f", result.accuracy)))
        XCTAssertTrue(report.contains("confusion matrix"))
        XCTAssertEqual(result.perDigitAccuracy.count, 10)
    }

    func testRejectsMismatchedSizesAndBadLabels() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        XCTAssertThrowsError(try DigitEvaluation.run(network, images: [UInt8](repeating: 0, count: 700), labels: [1], threads: 1))
        XCTAssertThrowsError(try DigitEvaluation.run(network, images: [UInt8](repeating: 0, count: 784), labels: [12], threads: 1)) {
            XCTAssertEqual("\($0)", "evaluation: label 0 is 12, expected 0-9")
        }
    }
}
