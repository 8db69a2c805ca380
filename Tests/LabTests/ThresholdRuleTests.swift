import Ink
import InkFakes
import Lab
import XCTest

final class ThresholdRuleTests: XCTestCase {
    private func upright() -> InkSettings {
        var settings = InkSettings.standard
        settings.readingRotations = []
        return settings
    }

    func testSmallestThresholdKeepingEveryHeightWithinTheBudget() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.penDigitsSample)   // 4 5 1 7 | 0 3
        let benches = [12, 16].map { PenBench(samples: samples, canvasRows: $0, classifier: ShapeClassifier(), settings: upright(), gaps: []) }
        // The shape classifier misreads four digits at 0.6: a threshold above that leaves none misread.
        XCTAssertEqual(ThresholdRule.choose(benches, misreadBudget: 0), 0.61)
        // A budget that tolerates every misread keeps the smallest threshold.
        XCTAssertEqual(ThresholdRule.choose(benches, misreadBudget: 1), 0)
    }

    func testNonDigitsAreAcceptedOnlyAboveTheThreshold() throws {
        // Pen digits stand in for letters here: what matters is how the readings are counted.
        let samples = try PenDigits.read(contentsOf: FixtureFiles.penDigitsSample)
        let bench = NonDigitBench(samples: samples, canvasRows: 16, classifier: ShapeClassifier(), settings: upright())
        XCTAssertEqual(bench.count, 6)
        XCTAssertEqual(bench.acceptedShare(threshold: 0.5), 1, accuracy: 1e-9)
        XCTAssertEqual(bench.acceptedShare(threshold: 0.8), 1.0 / 6, accuracy: 1e-9, "only the sure 1 is accepted")
        XCTAssertEqual(bench.acceptedShare(threshold: 0.95), 0)
    }
}
