@testable import Training
import XCTest

/// `maxPool2x2` (four windows at a time, then one by one) and its backward step against naive loops,
/// with ties (the first input wins) and odd sizes.
final class PoolingKernelsTests: XCTestCase {
    func testMaxPoolMatchesTheNaiveWindowsIncludingTies() {
        for (height, width) in [(26, 26), (11, 11), (4, 9)] {
            let planes = 3
            // Few distinct values, so windows tie often.
            let x = (0..<planes * height * width).map { Float(($0 * 7919) % 5) - 2 }
            let outH = height / 2, outW = width / 2
            var y = [Float](repeating: .nan, count: planes * outH * outW)
            var winners = [UInt8](repeating: 9, count: y.count)
            PoolingKernels.maxPool2x2(x, planes: planes, height: height, width: width, into: &y, winners: &winners)
            for p in 0..<planes { for oy in 0..<outH { for ox in 0..<outW {
                let window = [x[(p * height + 2 * oy) * width + 2 * ox], x[(p * height + 2 * oy) * width + 2 * ox + 1],
                              x[(p * height + 2 * oy + 1) * width + 2 * ox], x[(p * height + 2 * oy + 1) * width + 2 * ox + 1]]
                let best = window.max()!, first = window.firstIndex(of: best)!
                let o = (p * outH + oy) * outW + ox
                XCTAssertEqual(y[o], best, "\(height)x\(width) plane \(p) (\(oy), \(ox))")
                XCTAssertEqual(Int(winners[o]), first, "\(height)x\(width) plane \(p) (\(oy), \(ox))")
            } } }
        }
    }

    func testBackwardRoutesToTheWinnerAndClosesWindowsWhoseMaximumIsNotPositive() {
        let (height, width) = (4, 4)
        let x: [Float] = [0, 0, 1, 5,
                          0, 0, 2, 3,
                          -1, 4, 0, 0,
                          0, 2, 0, 0]   // after a ReLU there are no negatives; -1 checks routing only
        var y = [Float](repeating: 0, count: 4), winners = [UInt8](repeating: 0, count: 4)
        PoolingKernels.maxPool2x2(x, planes: 1, height: height, width: width, into: &y, winners: &winners)
        XCTAssertEqual(y, [0, 5, 4, 0])
        let dy: [Float] = [10, 20, 30, 40]
        var dx = [Float](repeating: .nan, count: 16)
        PoolingKernels.maxPool2x2Backward(dy, winners: winners, planes: 1, height: height, width: width, into: &dx)
        XCTAssertEqual(dx, [10, 0, 0, 20,  0, 0, 0, 0,  0, 30, 40, 0,  0, 0, 0, 0])
        // With the pooled outputs: windows whose maximum is 0 pass nothing, as a ReLU's backward step would.
        PoolingKernels.maxPool2x2Backward(dy, winners: winners, planes: 1, height: height, width: width, pooled: y, into: &dx)
        XCTAssertEqual(dx, [0, 0, 0, 20,  0, 0, 0, 0,  0, 30, 0, 0,  0, 0, 0, 0])
    }

    /// The fused pass gives the bits of `BatchNormKernels.normalize` (with ReLU) followed by `maxPool2x2`.
    func testNormalizeReLUPoolEqualsTheTwoKernelsInARow() {
        for side in [26, 11] {
            let (channels, samples) = (3, 2)
            var x = (0..<channels * samples * side * side).map { Float(($0 * 37) % 23) / 7 - 1.5 }
            x[5] = .nan; x[side * side + 9] = .infinity; x[2 * side + 1] = -.infinity   // a diverging run's values
            let mean: [Float] = [0.1, -0.3, 1.2], invStd: [Float] = [1.5, 0.7, 2.0]
            let gamma: [Float] = [1.1, -0.8, 0.5], beta: [Float] = [0.05, 0.2, -0.4]   // a negative scale flips the order
            var normalized = [Float](repeating: 0, count: x.count)
            BatchNormKernels.normalize(x, channels: channels, length: samples * side * side, mean: mean, invStd: invStd,
                                       gamma: gamma, beta: beta, relu: true, into: &normalized)
            let pooled = channels * samples * (side / 2) * (side / 2)
            var expected = [Float](repeating: 0, count: pooled), expectedWinners = [UInt8](repeating: 0, count: pooled)
            PoolingKernels.maxPool2x2(normalized, planes: channels * samples, height: side, width: side,
                                      into: &expected, winners: &expectedWinners)
            var y = [Float](repeating: .nan, count: pooled), winners = [UInt8](repeating: 9, count: pooled)
            PoolingKernels.normalizeReLUMaxPool2x2(x, channels: channels, samples: samples, height: side, width: side,
                                                   mean: mean, invStd: invStd, gamma: gamma, beta: beta,
                                                   into: &y, winners: &winners)
            XCTAssertEqual(y.map(\.bitPattern), expected.map(\.bitPattern), "side \(side)")
            XCTAssertEqual(winners, expectedWinners, "side \(side)")
        }
    }
}
