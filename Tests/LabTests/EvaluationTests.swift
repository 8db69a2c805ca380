import CNN
import Foundation
import Lab
import Training
import XCTest

final class EvaluationTests: XCTestCase {
    func testEngineEvaluationCountsMatchSingleImagePredictions() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let (bytes, labels) = try FixtureFiles.mnistFirst40()
        let result = try Evaluation(network: network, images: bytes, labels: labels, threads: 2)
        var expected = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        var loss = 0.0
        for i in 0..<labels.count {
            let logits = network.logits(for: bytes[(i * 784)..<((i + 1) * 784)].map { Float($0) / 255 })
            expected[Int(labels[i])][logits.indices.max { logits[$0] < logits[$1] }!] += 1
            let best = logits.max()!
            loss += log(logits.reduce(0.0) { $0 + Double(expf($1 - best)) }) - Double(logits[Int(labels[i])] - best)
        }
        XCTAssertEqual(result.confusion, expected)
        XCTAssertEqual(result.count, 40)
        XCTAssertEqual(result.accuracy, Double(result.correct) / 40)
        XCTAssertEqual(result.loss, loss / 40, accuracy: 1e-4, "the batch path's loss is the one-image path's")
        XCTAssertEqual(result.perDigitAccuracy.count, 10)

        let report = result.report(weights: "w.safetensors", threads: 2, seconds: 0.5)
        XCTAssertTrue(report.contains(String(format: "test_accuracy=%.4f", result.accuracy)), report)
        XCTAssertTrue(report.contains("images_per_second=80\n"), report)
        XCTAssertTrue(report.contains("confusion matrix"), report)
    }

    func testEngineEvaluationRejectsMismatchedSizesAndBadLabels() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        XCTAssertThrowsError(try Evaluation(network: network, images: [UInt8](repeating: 0, count: 700), labels: [1], threads: 1)) {
            XCTAssertEqual("\($0)", "evaluation: 700 image bytes do not make 1 images of 28x28")
        }
        XCTAssertThrowsError(try Evaluation(network: network, images: [UInt8](repeating: 0, count: 784), labels: [12], threads: 1)) {
            XCTAssertEqual("\($0)", "evaluation: label 0 is 12, expected 0-9")
        }
    }

    func testReportSaysWhenADigitHasNoImages() {
        // Two images, both 3s, both read as 3.
        var logits = [Float](repeating: 0, count: 20)
        logits[3] = 5; logits[13] = 5
        let report = Evaluation(logits: logits, labels: [3, 3]).report(weights: "w", threads: 1, seconds: 0)
        XCTAssertTrue(report.contains("  3  100.00 %  (2/2)"), report)
        XCTAssertTrue(report.contains("  4  no images"), report)
        XCTAssertTrue(report.contains("images_per_second=0"), report)
    }
}
