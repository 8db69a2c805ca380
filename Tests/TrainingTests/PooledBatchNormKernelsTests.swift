@testable import Training
import XCTest

/// `PooledBatchNormKernels` against the long way round: the pooled gradient spread out by
/// `maxPool2x2Backward(pooled:)`, then `BatchNormKernels` over the full-size map.
final class PooledBatchNormKernelsTests: XCTestCase {
    let (channels, samples, side) = (3, 2, 26)
    var area: Int { side * side }
    var pooledCount: Int { channels * samples * (side / 2) * (side / 2) }

    /// A forward pass's worth of inputs: pre-norm values, the pooled outputs (some zero: closed windows),
    /// the winners and a pooled gradient.
    func fixture() -> (x: [Float], pooled: [Float], winners: [UInt8], dp: [Float]) {
        let x = (0..<channels * samples * area).map { Float(($0 * 53) % 41) / 9 - 3.8 }   // mostly negative: many closed windows
        var pooled = [Float](repeating: 0, count: pooledCount), winners = [UInt8](repeating: 0, count: pooledCount)
        PoolingKernels.maxPool2x2(x.map { max(0, $0) }, planes: channels * samples, height: side, width: side,
                                  into: &pooled, winners: &winners)
        let dp = (0..<pooledCount).map { Float(($0 * 17) % 13) / 5 - 1.2 }
        return (x, pooled, winners, dp)
    }

    func spread(_ f: (x: [Float], pooled: [Float], winners: [UInt8], dp: [Float])) -> [Float] {
        var dense = [Float](repeating: .nan, count: f.x.count)
        PoolingKernels.maxPool2x2Backward(f.dp, winners: f.winners, planes: channels * samples, height: side, width: side,
                                          pooled: f.pooled, into: &dense)
        return dense
    }

    let mean: [Float] = [0.2, -0.1, 0.4], invStd: [Float] = [1.3, 0.9, 2.1], gamma: [Float] = [0.7, -1.2, 1.5]

    func testGradientSumsMatchTheSpreadMap() {
        let f = fixture(), dense = spread(f)
        var expectedA = [Double](repeating: 0, count: channels), expectedB = expectedA
        BatchNormKernels.accumulateGradientSums(dy: dense, x: f.x, channels: channels, length: samples * area, mean: mean,
                                                invStd: invStd, sumDy: &expectedA, sumDyXhat: &expectedB)
        var a = [Double](repeating: 0, count: channels), b = a
        PooledBatchNormKernels.accumulateGradientSums(pooledGradient: f.dp, winners: f.winners, pooled: f.pooled, x: f.x,
                                                      channels: channels, samples: samples, height: side, width: side,
                                                      mean: mean, invStd: invStd, sumDy: &a, sumDyXhat: &b)
        for c in 0..<channels {
            XCTAssertEqual(a[c], expectedA[c], accuracy: 1e-3, "channel \(c)")
            XCTAssertEqual(b[c], expectedB[c], accuracy: 1e-3, "channel \(c)")
        }
        XCTAssertTrue(f.pooled.contains(0) && f.pooled.contains { $0 > 0 }, "the fixture has closed and open windows")
    }

    func testInputGradientHasTheBitsOfTheSpreadMapsGradient() {
        let f = fixture(), dense = spread(f)
        let sumDy: [Float] = [0.3, -1.1, 2.0], sumDyXhat: [Float] = [-0.4, 0.8, 1.7]
        var expected = [Float](repeating: 0, count: f.x.count)
        BatchNormKernels.inputGradient(dy: dense, x: f.x, channels: channels, length: samples * area, mean: mean, invStd: invStd,
                                       gamma: gamma, sumDy: sumDy, sumDyXhat: sumDyXhat, batchCount: 500, into: &expected)
        var dx = [Float](repeating: .nan, count: f.x.count)
        PooledBatchNormKernels.inputGradient(pooledGradient: f.dp, winners: f.winners, pooled: f.pooled, x: f.x,
                                             channels: channels, samples: samples, height: side, width: side,
                                             mean: mean, invStd: invStd, gamma: gamma, sumDy: sumDy, sumDyXhat: sumDyXhat,
                                             batchCount: 500, into: &dx)
        XCTAssertEqual(dx.map(\.bitPattern), expected.map(\.bitPattern))
    }
}
