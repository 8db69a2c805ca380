import XCTest
@testable import Training

final class WeightDecayTests: XCTestCase {
    /// Every conv and dense weight shrinks by exactly 1 - lr·rate; biases and batch-norm numbers do not move.
    func testShrinksWeightsOnlyByTheExactFactor() {
        let before = NetworkParameters.heInitialized(seed: 7).values
        var after = before
        WeightDecay(rate: 0.5).apply(to: &after, learningRate: 0.1)
        let factor: Float = 1 - 0.1 * 0.5
        for entry in NetworkParameters.trainable {
            let decays = ["conv1.weight", "conv2.weight", "fc1.weight", "fc2.weight"].contains(entry.name)
            for i in entry.offset..<(entry.offset + entry.count) {
                XCTAssertEqual(after[i], decays ? before[i] * factor : before[i], "\(entry.name)[\(i - entry.offset)]")
            }
        }
        XCTAssertEqual(WeightDecay.decayedRanges.map(\.count).reduce(0, +), 576 + 73_728 + 409_600 + 1_280)
    }

    func testRateZeroChangesNothing() {
        let before = NetworkParameters.heInitialized(seed: 7).values
        var after = before
        WeightDecay(rate: 0).apply(to: &after, learningRate: 0.1)
        XCTAssertEqual(after, before)
    }
}
