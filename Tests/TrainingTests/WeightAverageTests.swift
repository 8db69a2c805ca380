import XCTest
@testable import Training

final class WeightAverageTests: XCTestCase {
    func testUpdateFollowsTheWarmUpDecayThenTheGivenDecay() {
        var average = WeightAverage(decay: 0.5, start: [0, 10])
        // Update 1 keeps min(0.5, 1/10) = 0.1 of the old average.
        average.update(with: [10, 0])
        XCTAssertEqual(average.values[0], 9, accuracy: 1e-6)
        XCTAssertEqual(average.values[1], 1, accuracy: 1e-6)
        // By update 9, (1+8)/(10+8) = 0.5 = decay: the plain decay takes over.
        for _ in 0..<7 { average.update(with: [10, 0]) }
        XCTAssertEqual(average.nextDecay, 0.5)
        let before = average.values
        average.update(with: [2, 4])
        XCTAssertEqual(average.values[0], 0.5 * before[0] + 0.5 * 2, accuracy: 1e-6)
        XCTAssertEqual(average.values[1], 0.5 * before[1] + 0.5 * 4, accuracy: 1e-6)
        XCTAssertEqual(average.updates, 9)
    }

    func testAConstantSequenceIsItsOwnAverage() {
        var average = WeightAverage(decay: 0.999, start: [1, 2, 3])
        for _ in 0..<50 { average.update(with: [4, 5, 6]) }
        // Starting values are forgotten: after 50 updates less than 1 % of them remains.
        for (value, target) in zip(average.values, [4, 5, 6] as [Float]) {
            XCTAssertEqual(value, target, accuracy: 0.03)
        }
    }
}
