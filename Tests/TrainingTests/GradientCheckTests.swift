import Basics
import CNN
import XCTest
@testable import Training

/// Every backward pass against central finite differences of the loss.
final class GradientCheckTests: XCTestCase {
    /// Random inputs in a small batch; loss as a function of one parameter.
    private func makeNetwork(threads: Int, dropout: Float = 0, featureDropout: Float = 0) -> (TrainingNetwork, [Float], [Int]) {
        var rng = SeededGenerator(seed: 5)
        let count = 6
        let images = (0..<count * 784).map { _ in rng.unit() < 0.3 ? rng.unit() : 0 }
        let labels = (0..<count).map { $0 % 10 }
        var parameters = NetworkParameters.heInitialized(seed: 3)
        // Non-trivial batch-norm scale/shift so their gradients are exercised.
        for name in ["bn1", "bn2", "bn3"] {
            let w = NetworkParameters.offset("\(name).weight"), b = NetworkParameters.offset("\(name).bias")
            let n = NetworkParameters.entry("\(name).weight")!.count
            for i in 0..<n { parameters.values[w + i] = rng.uniform(0.5, 1.5); parameters.values[b + i] = rng.uniform(-0.3, 0.3) }
        }
        return (TrainingNetwork(parameters: parameters, threads: threads, maxBatch: count, dropout: dropout,
                                featureDropout: featureDropout), images, labels)
    }

    private func loss(_ net: TrainingNetwork, _ images: [Float], _ labels: [Int]) -> Double {
        net.trainStep(count: labels.count, dropoutSeed: 1) { i, pixels in
            for p in 0..<784 { pixels[p] = images[i * 784 + p] }
            return labels[i]
        }.loss
    }

    func testEveryTensorGradientMatchesFiniteDifferences() {
        checkEveryTensor(dropout: 0, featureDropout: 0)
    }

    /// The same seed draws the same masks, so with dropout on both dense inputs the loss is still a fixed
    /// function of the parameters and its gradient must match the difference quotient.
    func testGradientWithBothDropoutsMatchesFiniteDifferences() {
        checkEveryTensor(dropout: 0.2, featureDropout: 0.3)
    }

    func testFeatureDropoutMasksDoNotDependOnThreadCount() {
        let (one, images, labels) = makeNetwork(threads: 1, featureDropout: 0.3)
        let (two, _, _) = makeNetwork(threads: 2, featureDropout: 0.3)
        let (none, _, _) = makeNetwork(threads: 2)
        let a = loss(one, images, labels), b = loss(two, images, labels), plain = loss(none, images, labels)
        XCTAssertEqual(a, b, accuracy: 1e-5)
        XCTAssertNotEqual(a, plain, accuracy: 1e-4, "feature dropout should change the training loss")
    }

    private func checkEveryTensor(dropout: Float, featureDropout: Float) {
        for threads in [2] {
            let (net, images, labels) = makeNetwork(threads: threads, dropout: dropout, featureDropout: featureDropout)
            _ = loss(net, images, labels)
            let analytic = net.gradient
            var rng = SeededGenerator(seed: 11)
            for entry in NetworkParameters.trainable {
                var checked = 0
                var worst: Double = 0
                var totalError: Double = 0
                // Several coordinates per tensor; skip ones too small to measure in Float.
                for _ in 0..<16 where checked < 3 {
                    let i = entry.offset + Int(rng.next() % UInt64(entry.count))
                    let g = Double(analytic[i])
                    let h: Float = 3e-3
                    let original = net.parameters.values[i]
                    net.parameters.values[i] = original + h
                    let up = loss(net, images, labels)
                    net.parameters.values[i] = original - h
                    let down = loss(net, images, labels)
                    net.parameters.values[i] = original
                    let numeric = (up - down) / Double(2 * h)
                    // Below ~5e-3 the Float loss's rounding (~1e-6) dominates the difference quotient.
                    if abs(numeric) < 5e-3 && abs(g) < 5e-3 { continue }
                    checked += 1
                    let error = abs(numeric - g) / max(abs(numeric), abs(g))
                    worst = max(worst, error)
                    totalError += error
                }
                // Conv biases before batch-norm have zero gradient (the mean is subtracted): check that instead.
                if entry.name == "conv1.bias" || entry.name == "conv2.bias" || entry.name == "fc1.bias" {
                    let maxAbs = analytic[entry.offset..<entry.offset + entry.count].map { abs($0) }.max()!
                    XCTAssertLessThan(maxAbs, 1e-5, "\(entry.name) gradient should vanish under batch-norm")
                    continue
                }
                XCTAssertGreaterThan(checked, 0, "\(entry.name): no coordinate large enough to check")
                // Layers at 26×26 and 11×11 have thousands of ReLU/max-pool kinks, so single coordinates
                // can be off by some per cent; the mean must still be close and no coordinate far off.
                XCTAssertLessThan(worst, 0.3, "\(entry.name) threads=\(threads): worst relative error \(worst)")
                XCTAssertLessThan(totalError / Double(checked), 0.1, "\(entry.name) threads=\(threads): mean relative error")
            }
        }
    }

    func testThreadCountDoesNotChangeGradientBeyondRounding() {
        let (one, images, labels) = makeNetwork(threads: 1)
        let (two, _, _) = makeNetwork(threads: 2)
        let a = loss(one, images, labels), b = loss(two, images, labels)
        XCTAssertEqual(a, b, accuracy: 1e-5)
        for i in stride(from: 0, to: NetworkParameters.trainableCount, by: 97) {
            XCTAssertEqual(one.gradient[i], two.gradient[i], accuracy: 1e-5 + 1e-3 * abs(one.gradient[i]))
        }
    }

    func testBatchNormInputGradientMatchesFiniteDifferences() {
        // loss = Σ r·y with y = BN(x) over 2 channels × 7 values; dloss/dx from the kernels vs numeric.
        var rng = SeededGenerator(seed: 2)
        let channels = 2, length = 7
        var x = (0..<channels * length).map { _ in rng.normal() }
        let r = (0..<channels * length).map { _ in rng.normal() }
        let gamma: [Float] = [1.3, 0.7], beta: [Float] = [0.1, -0.2]
        func forward(_ x: [Float]) -> (Double, [Float], [Float]) {
            var s = [Double](repeating: 0, count: channels), q = s
            BatchNormKernels.accumulateMoments(x, channels: channels, length: length, sums: &s, squares: &q)
            let mean = (0..<channels).map { Float(s[$0] / Double(length)) }
            let invStd = (0..<channels).map { Float(1 / (q[$0] / Double(length) - pow(s[$0] / Double(length), 2) + 1e-5).squareRoot()) }
            var y = [Float](repeating: 0, count: x.count)
            BatchNormKernels.normalize(x, channels: channels, length: length, mean: mean, invStd: invStd, gamma: gamma, beta: beta, relu: false, into: &y)
            return (zip(y, r).reduce(0.0) { $0 + Double($1.0 * $1.1) }, mean, invStd)
        }
        let (_, mean, invStd) = forward(x)
        var a = [Double](repeating: 0, count: channels), b = a
        BatchNormKernels.accumulateGradientSums(dy: r, x: x, channels: channels, length: length, mean: mean, invStd: invStd, sumDy: &a, sumDyXhat: &b)
        var dx = [Float](repeating: 0, count: x.count)
        BatchNormKernels.inputGradient(dy: r, x: x, channels: channels, length: length, mean: mean, invStd: invStd, gamma: gamma,
                                       sumDy: a.map { Float($0) }, sumDyXhat: b.map { Float($0) }, batchCount: length, into: &dx)
        for i in 0..<x.count {
            let h: Float = 1e-2, original = x[i]
            x[i] = original + h; let up = forward(x).0
            x[i] = original - h; let down = forward(x).0
            x[i] = original
            XCTAssertEqual(Double(dx[i]), (up - down) / Double(2 * h), accuracy: 2e-3)
        }
    }

    func testMaxPoolBackwardMatchesFiniteDifferences() {
        var rng = SeededGenerator(seed: 4)
        var x = (0..<2 * 5 * 5).map { _ in rng.normal() }
        let r = (0..<2 * 2 * 2).map { _ in rng.normal() }
        func forward(_ x: [Float]) -> Double {
            var y = [Float](repeating: 0, count: 8), w = [UInt8](repeating: 0, count: 8)
            PoolingKernels.maxPool2x2(x, planes: 2, height: 5, width: 5, into: &y, winners: &w)
            return zip(y, r).reduce(0.0) { $0 + Double($1.0 * $1.1) }
        }
        var y = [Float](repeating: 0, count: 8), w = [UInt8](repeating: 0, count: 8)
        PoolingKernels.maxPool2x2(x, planes: 2, height: 5, width: 5, into: &y, winners: &w)
        var dx = [Float](repeating: 0, count: x.count)
        PoolingKernels.maxPool2x2Backward(r, winners: w, planes: 2, height: 5, width: 5, into: &dx)
        for i in 0..<x.count {
            let h: Float = 1e-3, original = x[i]
            x[i] = original + h; let up = forward(x)
            x[i] = original - h; let down = forward(x)
            x[i] = original
            XCTAssertEqual(Double(dx[i]), (up - down) / Double(2 * h), accuracy: 1e-2)
        }
    }

    func testCol2imIsTheAdjointOfIm2col() {
        // <im2col(x), c> == <x, col2im(c)> for random x and c.
        var rng = SeededGenerator(seed: 8)
        let channels = 3, samples = 2, side = 6, columns = samples * 16
        let x = (0..<channels * samples * side * side).map { _ in rng.normal() }
        let c = (0..<channels * 9 * columns).map { _ in rng.normal() }
        var col = [Float](repeating: 0, count: c.count), back = [Float](repeating: 0, count: x.count)
        ConvolutionKernels.im2col3x3(x, channels: channels, samples: samples, height: side, width: side, into: &col)
        ConvolutionKernels.col2im3x3(c, channels: channels, samples: samples, height: side, width: side, into: &back)
        let left = zip(col, c).reduce(0.0) { $0 + Double($1.0 * $1.1) }
        let right = zip(x, back).reduce(0.0) { $0 + Double($1.0 * $1.1) }
        XCTAssertEqual(left, right, accuracy: 1e-3)
    }

    func testGemmMatchesNaiveProductForAllTransposes() {
        var rng = SeededGenerator(seed: 9)
        let m = 5, n = 19, k = 23
        for transA in [false, true] {
            for transB in [false, true] {
                let a = (0..<m * k).map { _ in rng.normal() }, b = (0..<k * n).map { _ in rng.normal() }
                var c = (0..<m * n).map { _ in rng.normal() }
                let c0 = c
                let lda = transA ? m : k, ldb = transB ? k : n
                gemm(transA: transA, transB: transB, m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, c: &c, ldc: n, accumulate: true)
                for i in 0..<m {
                    for j in 0..<n {
                        var expected = Double(c0[i * n + j])
                        for p in 0..<k {
                            expected += Double(transA ? a[p * lda + i] : a[i * lda + p]) * Double(transB ? b[j * ldb + p] : b[p * ldb + j])
                        }
                        XCTAssertEqual(Double(c[i * n + j]), expected, accuracy: 1e-4, "transA=\(transA) transB=\(transB)")
                    }
                }
            }
        }
    }
}
