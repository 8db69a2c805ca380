import CNN
import EnglishCatalogue
import XCTest

/// Each forward op against its naive reference.
final class LayersTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testConvolutionMatchesDirectLoops() {
        for (channels, height, width, outChannels) in [(1, 28, 28, 4), (5, 13, 11, 7)] {
            let x = NaiveReference.random(channels * height * width, seed: 3)
            let w = NaiveReference.random(outChannels * channels * 9, seed: 4)
            let b = NaiveReference.random(outChannels, seed: 5)
            let ours = Layers.convolution(input: x, channels: channels, height: height, width: width,
                                          weights: w, bias: b, outChannels: outChannels, kernel: 3)
            let reference = NaiveReference.convolution(x, channels: channels, height: height, width: width,
                                                       weights: w, bias: b, outChannels: outChannels, kernel: 3)
            XCTAssertEqual(ours.count, reference.count)
            for i in ours.indices { XCTAssertEqual(ours[i], reference[i], accuracy: 1e-5) }
        }
    }

    func testWinogradConvolutionReLUPoolMatchesDirectLoops() {
        // 300 input channels: more than one 256-deep block; 9 out channels: partial micro-tiles; odd sizes.
        for (channels, height, width, outChannels) in [(64, 13, 13, 128), (3, 8, 11, 5), (300, 6, 7, 9)] {
            let x = NaiveReference.random(channels * height * width, seed: 21)
            let w = NaiveReference.random(outChannels * channels * 9, seed: 22).map { $0 * 0.1 }
            let b = NaiveReference.random(outChannels, seed: 23)
            let ours = Layers.winogradConvolutionReLUPool(input: x, channels: channels, height: height, width: width,
                                                          weights: w, bias: b, outChannels: outChannels)
            let conv = NaiveReference.convolution(x, channels: channels, height: height, width: width,
                                                  weights: w, bias: b, outChannels: outChannels, kernel: 3)
            let reference = NaiveReference.maxPool(NaiveReference.relu(conv), channels: outChannels,
                                                   height: height - 2, width: width - 2)
            XCTAssertEqual(ours.count, reference.count)
            for i in ours.indices { XCTAssertEqual(ours[i], reference[i], accuracy: 2e-5 * Float(channels).squareRoot(), "\(channels) channels, index \(i)") }
        }
    }

    func testIm2colLaysOutPatchesRowByKernelPosition() {
        let x: [Float] = (0..<16).map(Float.init)   // 1 channel, 4×4
        var columns = [Float](repeating: -1, count: 9 * 4)
        x.withUnsafeBufferPointer { input in
            columns.withUnsafeMutableBufferPointer { out in
                Layers.im2col(input: input.baseAddress!, channels: 1, height: 4, width: 4, kernel: 3, columns: out.baseAddress!)
            }
        }
        XCTAssertEqual(Array(columns[0..<4]), [0, 1, 4, 5])      // (ky, kx) = (0, 0) at the 4 output positions
        XCTAssertEqual(Array(columns[32..<36]), [10, 11, 14, 15]) // (2, 2)
    }

    func testBatchNormFoldEqualsLayerThenBatchNorm() {
        let (outputs, inputs) = (6, 10)
        let x = NaiveReference.random(inputs, seed: 8)
        let w = NaiveReference.random(outputs * inputs, seed: 9), b = NaiveReference.random(outputs, seed: 10)
        let bn = BatchNorm(gamma: NaiveReference.random(outputs, seed: 11), beta: NaiveReference.random(outputs, seed: 12),
                           mean: NaiveReference.random(outputs, seed: 13),
                           variance: NaiveReference.random(outputs, seed: 14).map { abs($0) + 0.1 }, epsilon: 1e-3)
        let reference = NaiveReference.batchNorm(NaiveReference.dense(x, weights: w, bias: b), gamma: bn.gamma, beta: bn.beta,
                                                 mean: bn.mean, variance: bn.variance, epsilon: bn.epsilon)
        let applied = bn.apply(NaiveReference.dense(x, weights: w, bias: b))
        for i in 0..<outputs { XCTAssertEqual(applied[i], reference[i], accuracy: 1e-5) }
        var foldedW = w, foldedB = b
        bn.fold(weights: &foldedW, bias: &foldedB)
        let folded = NaiveReference.dense(x, weights: foldedW, bias: foldedB)
        for i in 0..<outputs { XCTAssertEqual(folded[i], reference[i], accuracy: 1e-5) }
    }

    func testReLU() {
        var x: [Float] = [-2, -0.0, 0, 3, .infinity, -.infinity]
        Layers.relu(&x)
        XCTAssertEqual(x, NaiveReference.relu([-2, -0.0, 0, 3, .infinity, -.infinity]))
        XCTAssertEqual(x, [0, 0, 0, 3, .infinity, 0])
    }

    func testMaxPoolDropsOddEdge() {
        let x = NaiveReference.random(3 * 11 * 11, seed: 15)
        let ours = Layers.maxPool2x2(x, channels: 3, height: 11, width: 11)
        XCTAssertEqual(ours.count, 3 * 5 * 5)
        XCTAssertEqual(ours, NaiveReference.maxPool(x, channels: 3, height: 11, width: 11))
    }

    func testDenseMatchesDotProductsForOddSizes() {
        for (inputs, outputs) in [(3, 1), (13, 7), (3200, 10)] {
            let x = NaiveReference.random(inputs, seed: 16), w = NaiveReference.random(inputs * outputs, seed: 17)
            let b = NaiveReference.random(outputs, seed: 18)
            let ours = Layers.dense(x, weights: w, bias: b), reference = NaiveReference.dense(x, weights: w, bias: b)
            for i in 0..<outputs { XCTAssertEqual(ours[i], reference[i], accuracy: 1e-4) }
        }
    }

    func testSoftmaxIsStableAndMatchesDefinition() {
        let x: [Float] = [1, 2, 3, -1]
        let ours = Layers.softmax(x), reference = NaiveReference.softmax(x)
        for i in x.indices { XCTAssertEqual(ours[i], reference[i], accuracy: 1e-6) }
        let huge = Layers.softmax([1000, 1000])
        XCTAssertEqual(huge, [0.5, 0.5])
        XCTAssertEqual(Layers.softmax([]), [])
    }

    /// The network's fused pass (folded BN, fused bias/ReLU/pool, packed im2col) against the textbook
    /// composition of the naive ops on the fixture weights.
    func testNetworkEqualsComposedNaiveOps() throws {
        let file = try Safetensors.read(contentsOf: try FixtureFiles.torchWeights)
        func t(_ name: String) -> [Float] { file.tensors[name]!.values }
        func bn(_ x: [Float], _ p: String) -> [Float] {
            NaiveReference.batchNorm(x, gamma: t("\(p).weight"), beta: t("\(p).bias"), mean: t("\(p).running_mean"),
                                     variance: t("\(p).running_var"), epsilon: 1e-5)
        }
        let image = try FixtureFiles.images()[3]
        var x = NaiveReference.convolution(image, channels: 1, height: 28, width: 28, weights: t("conv1.weight"),
                                           bias: t("conv1.bias"), outChannels: 64, kernel: 3)
        x = NaiveReference.maxPool(NaiveReference.relu(bn(x, "bn1")), channels: 64, height: 26, width: 26)
        x = NaiveReference.convolution(x, channels: 64, height: 13, width: 13, weights: t("conv2.weight"),
                                       bias: t("conv2.bias"), outChannels: 128, kernel: 3)
        x = NaiveReference.maxPool(NaiveReference.relu(bn(x, "bn2")), channels: 128, height: 11, width: 11)
        x = NaiveReference.relu(bn(NaiveReference.dense(x, weights: t("fc1.weight"), bias: t("fc1.bias")), "bn3"))
        let reference = NaiveReference.dense(x, weights: t("fc2.weight"), bias: t("fc2.bias"))
        let ours = try DigitNetwork(file: file, source: "fixture").logits(for: image)
        for d in 0..<10 { XCTAssertEqual(ours[d], reference[d], accuracy: 1e-4) }
    }
}
