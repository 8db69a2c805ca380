import XCTest
@testable import Training

/// The softmax cross-entropy kernel against hand values and its own finite differences.
final class LossKernelsTests: XCTestCase {
    /// Loss and dLogits of one sample with `logits` (10 values) and `label`.
    private func run(_ logits: [Float], label: Int32, smoothing: Float) -> (loss: Double, d: [Float]) {
        var d = [Float](repeating: 0, count: 10)
        let result = logits.withUnsafeBufferPointer { l in
            [label].withUnsafeBufferPointer { y in
                LossKernels.softmaxCrossEntropy(l.baseAddress!, labels: y.baseAddress!, classes: 10, samples: 1,
                                                gradientScale: 1, labelSmoothing: smoothing, dLogits: &d)
            }
        }
        return (result.loss, d)
    }

    func testUniformLogitsCostLogTenWithOrWithoutSmoothing() {
        for smoothing: Float in [0, 0.1] {
            let (loss, d) = run([Float](repeating: 0.3, count: 10), label: 4, smoothing: smoothing)
            XCTAssertEqual(loss, log(10), accuracy: 1e-5)
            XCTAssertEqual(d[4], 0.1 - (1 - smoothing + smoothing / 10), accuracy: 1e-6)
            XCTAssertEqual(d[0], 0.1 - smoothing / 10, accuracy: 1e-6)
        }
    }

    func testSmoothingPenalisesCertainty() {
        var logits = [Float](repeating: 0, count: 10)
        logits[2] = 12
        let plain = run(logits, label: 2, smoothing: 0), smooth = run(logits, label: 2, smoothing: 0.1)
        XCTAssertLessThan(plain.loss, 1e-4)
        XCTAssertGreaterThan(smooth.loss, 0.5, "a near-certain answer misses the ε/10 the other classes are owed")
        XCTAssertGreaterThan(smooth.d[2], 0, "the gradient pulls the winning logit down")
        XCTAssertEqual(smooth.d.reduce(0, +), 0, accuracy: 1e-6)
    }

    func testGradientMatchesFiniteDifferences() {
        let logits: [Float] = [0.5, -1.2, 2.0, 0.1, 0.0, -0.4, 1.1, 0.3, -2.0, 0.7]
        for smoothing: Float in [0, 0.1] {
            let analytic = run(logits, label: 6, smoothing: smoothing).d
            for k in 0..<10 {
                var up = logits, down = logits
                up[k] += 1e-2
                down[k] -= 1e-2
                let numeric = (run(up, label: 6, smoothing: smoothing).loss - run(down, label: 6, smoothing: smoothing).loss) / 2e-2
                XCTAssertEqual(Double(analytic[k]), numeric, accuracy: 2e-3, "logit \(k), ε \(smoothing)")
            }
        }
    }
}

/// Non-digits (label 10) are trained toward the even spread, weighted.
final class OutlierLossTests: XCTestCase {
    private func run(_ logits: [Float], label: Int32, weight: Float) -> (loss: Double, correct: Int, d: [Float]) {
        var d = [Float](repeating: 0, count: 10)
        let result = logits.withUnsafeBufferPointer { l in
            [label].withUnsafeBufferPointer { y in
                LossKernels.softmaxCrossEntropy(l.baseAddress!, labels: y.baseAddress!, classes: 10, samples: 1,
                                                gradientScale: 1, outlierWeight: weight, dLogits: &d)
            }
        }
        return (result.loss, result.correct, d)
    }

    func testEvenLogitsCostLogTenAndNoGradient() {
        let r = run([Float](repeating: 1.5, count: 10), label: 10, weight: 0.5)
        XCTAssertEqual(r.loss, 0.5 * log(10), accuracy: 1e-5)
        XCTAssertEqual(r.correct, 0)
        for g in r.d { XCTAssertEqual(g, 0, accuracy: 1e-7) }
    }

    func testACertainGuessIsPulledDownByTheWeight() {
        var logits = [Float](repeating: 0, count: 10)
        logits[4] = 8
        let half = run(logits, label: 10, weight: 0.5), full = run(logits, label: 10, weight: 1)
        XCTAssertGreaterThan(half.d[4], 0)
        XCTAssertEqual(half.d[4] * 2, full.d[4], accuracy: 1e-6)
        XCTAssertEqual(half.loss * 2, full.loss, accuracy: 1e-6)
        XCTAssertEqual(run(logits, label: 10, weight: 0).loss, 0)
    }

    func testGradientMatchesFiniteDifferences() {
        let logits: [Float] = [0.5, -1.2, 2.0, 0.1, 0.0, -0.4, 1.1, 0.3, -2.0, 0.7]
        let analytic = run(logits, label: 10, weight: 0.7).d
        for k in 0..<10 {
            var up = logits, down = logits
            up[k] += 1e-2
            down[k] -= 1e-2
            let numeric = (run(up, label: 10, weight: 0.7).loss - run(down, label: 10, weight: 0.7).loss) / 2e-2
            XCTAssertEqual(Double(analytic[k]), numeric, accuracy: 2e-3, "logit \(k)")
        }
    }
}
