import Basics
import XCTest

final class TimingTests: XCTestCase {
    func testMedianAndPercentiles() {
        XCTAssertEqual(Timing.median([]), 0)
        XCTAssertEqual(Timing.median([3, 1, 2]), 2)
        XCTAssertEqual(Timing.median([4, 1, 3, 2]), 2.5, "an even count takes the mean of the middle two")
        let values = (1...100).map(Double.init).shuffled()
        XCTAssertEqual(Timing.percentile(values, 0.1), 11)
        XCTAssertEqual(Timing.percentile(values, 0.95), 96)
        XCTAssertEqual(Timing.percentile(values, 1), 100, "clamped to the largest")
        XCTAssertEqual(Timing.percentile([], 0.5), 0)
    }

    func testMeasureAndNowCountMonotonicSeconds() {
        let before = Timing.now()
        let (value, seconds) = Timing.measure { () -> Int in
            usleep(20_000)
            return 7
        }
        XCTAssertEqual(value, 7)
        XCTAssertGreaterThanOrEqual(seconds, 0.019)
        XCTAssertGreaterThanOrEqual(Timing.now() - before, seconds)
        XCTAssertEqual(Duration.milliseconds(1500).seconds, 1.5)
        XCTAssertEqual(Duration.nanoseconds(3).seconds, 3e-9, accuracy: 1e-15)
    }
}
