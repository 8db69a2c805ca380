import GemmKernels
import Dispatch

/// One `astro-cnn-v1` network ready for inference: each batch norm folded into the layer before it and the
/// weights packed for the matrix kernel, so a forward pass is two convolutions, two dense layers and the
/// fused bias/ReLU/pool steps. `DigitNetwork` holds one or more of these (an ensemble) and their scratch.
///
/// ```swift
/// let member = try NetworkMember(file: try Safetensors.read(contentsOf: url), source: url.path)
/// member.logits(image, workspace, into: out)   // 10 logits
/// ```
final class NetworkMember: Sendable {
    let conv1: PackedOperand          // folded conv1 weights, 64 × 9, side A
    let conv1Bias: [Float]
    let conv2: [PackedOperand]        // folded conv2 weights, Winograd-transformed: 16 × (128 × 64), side A
    let conv2Bias: [Float]
    let fc1Packed: PackedOperand      // folded fc1 weights, 128 × 3200, packed as side B (features × W^T; one
                                      // image reads the same panels as a matrix-vector product)
    let fc1Bias: [Float]
    let fc2Weights: [Float]           // 10 × 128
    let fc2Bias: [Float]


    /// Folds and packs one network's tensors (plain `conv1.weight` ... names), validated first.
    init(file: SafetensorsFile, source: String) throws {
        let epsilon = try AstroCNNv1.validate(file, source: source)
        func values(_ name: String) -> [Float] { file.tensors[name]!.values }  // validated above
        func batchNorm(_ prefix: String) -> BatchNorm {
            BatchNorm(gamma: values("\(prefix).weight"), beta: values("\(prefix).bias"),
                      mean: values("\(prefix).running_mean"), variance: values("\(prefix).running_var"), epsilon: epsilon)
        }
        var w1 = values("conv1.weight"), b1 = values("conv1.bias")
        batchNorm("bn1").fold(weights: &w1, bias: &b1)
        var w2 = values("conv2.weight"), b2 = values("conv2.bias")
        batchNorm("bn2").fold(weights: &w2, bias: &b2)
        var w3 = values("fc1.weight"), b3 = values("fc1.bias")
        batchNorm("bn3").fold(weights: &w3, bias: &b3)

        conv1 = w1.withUnsafeBufferPointer {
            PackedOperand(side: .a, extent: 64, depth: 9, matrix: $0.baseAddress!, leadingDimension: 9, transposed: false,
                          broadcast: true)
        }
        conv2 = Winograd.transformWeights(w2, outChannels: 128, inChannels: 64).map { u in
            u.withUnsafeBufferPointer {
                PackedOperand(side: .a, extent: 128, depth: 64, matrix: $0.baseAddress!, leadingDimension: 64, transposed: false,
                              broadcast: true)
            }
        }
        fc1Packed = w3.withUnsafeBufferPointer {
            PackedOperand(side: .b, extent: 128, depth: 3200, matrix: $0.baseAddress!, leadingDimension: 3200, transposed: true)
        }
        conv1Bias = b1
        conv2Bias = b2
        fc1Bias = b3
        fc2Weights = values("fc2.weight")
        fc2Bias = values("fc2.bias")
    }

    /// One image's 10 logits.
    func logits(_ image: UnsafePointer<Float>, _ workspace: Workspace, into logits: UnsafeMutablePointer<Float>) {
        forwardFeatures(image, workspace, features: workspace.features)
        fc1Packed.multiplyVector(workspace.features, into: workspace.hidden)
        finish(workspace.hidden, logits: logits)
    }

    /// conv1 → bias/ReLU/pool → conv2 → bias/ReLU/pool: one image to its 3200 features.
    private func forwardFeatures(_ image: UnsafePointer<Float>, _ w: Workspace, features: UnsafeMutablePointer<Float>) {
        Layers.im2colPacked3x3(input: image, channels: 1, height: 28, width: 28, packed: w.columns1)
        let conv1 = self.conv1, columns1 = UnsafePointer(w.columns1)
        GemmKernel.multiply(m: 64, n: 676, k: 9, alpha: 1, beta: 0, c: w.conv1Out, ldc: 676,
                            packA: { _, i0, _, p0, kc in conv1.block(first: i0, p0: p0, kc: kc) },
                            packB: { _, j0, _, p0, kc in columns1 + p0 * 680 + j0 * kc },
                            allocateScratch: false, broadcastA: true)
        conv1Bias.withUnsafeBufferPointer {
            Layers.biasReLUMaxPool2x2(w.conv1Out, bias: $0.baseAddress!, channels: 64, height: 26, width: 26, output: w.pooled1)
        }
        // conv2 as 16 Winograd products over the 5×5 tiles of 2×2 outputs that the pooling keeps.
        let vStride = Workspace.winogradVStride, mStride = Workspace.winogradMStride
        Winograd.transformInput(w.pooled1, channels: 64, height: 13, width: 13, tilesY: 5, tilesX: 5,
                                packed: w.winogradV, stride: vStride)
        for xi in 0..<16 {
            let u = conv2[xi], v = UnsafePointer(w.winogradV + xi * vStride)
            GemmKernel.multiply(m: 128, n: 25, k: 64, alpha: 1, beta: 0, c: w.winogradM + xi * mStride, ldc: 25,
                                packA: { _, i0, _, p0, kc in u.block(first: i0, p0: p0, kc: kc) },
                                packB: { _, j0, _, _, kc in v + j0 * kc },
                                allocateScratch: false, broadcastA: true)
        }
        conv2Bias.withUnsafeBufferPointer {
            Winograd.transformOutputBiasReLUPool(w.winogradM, ldm: 25, stride: mStride, outChannels: 128, tiles: 25,
                                                 bias: $0.baseAddress!, output: features)
        }
    }

    /// Up to `Workspace.batch` images: features one image at a time, then fc1 as one matrix product
    /// (the 1.6 MB of fc1 weights are read once per batch instead of once per image), then fc2.
    func forwardBatch(_ images: UnsafePointer<Float>, _ n: Int, _ w: Workspace, _ logits: UnsafeMutablePointer<Float>) {
        for i in 0..<n { forwardFeatures(images + i * 784, w, features: w.batchFeatures + i * 3200) }
        let fc1 = fc1Packed, features = UnsafePointer(w.batchFeatures)
        let operands = GemmOperands(a: features, lda: 3200, transA: false, b: features, ldb: 3200, transB: false)
        GemmKernel.multiply(m: n, n: 128, k: 3200, alpha: 1, beta: 0, c: w.batchHidden, ldc: 128,
                            packA: { dest, i0, mc, p0, kc in operands.packA(dest, i0, mc, p0, kc); return UnsafePointer(dest) },
                            packB: { _, j0, _, p0, kc in fc1.block(first: j0, p0: p0, kc: kc) })
        for i in 0..<n { finish(w.batchHidden + i * 128, logits: logits + i * 10) }
    }

    /// One image's fc1 sums (bias not yet added) → fc1 bias and ReLU in place → fc2 → its 10 logits.
    /// Shared by the one-image and batch paths, which differ only in how they form the sums.
    private func finish(_ hidden: UnsafeMutablePointer<Float>, logits: UnsafeMutablePointer<Float>) {
        fc1Bias.withUnsafeBufferPointer { b in
            for j in 0..<128 { hidden[j] = max(hidden[j] + b[j], 0) }
        }
        fc2Weights.withUnsafeBufferPointer { w2 in
            fc2Bias.withUnsafeBufferPointer { b2 in
                Layers.dense(hidden, weights: w2.baseAddress!, bias: b2.baseAddress!, inputs: 128, outputs: 10,
                             relu: false, output: logits)
            }
        }
    }

    /// Bytes of packed and folded weights held.
    public var weightBytes: Int {
        conv1.byteCount + conv2.reduce(0) { $0 + $1.byteCount } + fc1Packed.byteCount
            + 4 * (conv1Bias.count + conv2Bias.count + fc1Bias.count + fc2Weights.count + fc2Bias.count)
    }

}
