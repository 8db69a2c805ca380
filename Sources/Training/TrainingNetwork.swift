import Basics
import CNN
import Dispatch

/// `astro-cnn-v1` with a backward pass: forward in training mode (batch statistics, dropout) or evaluation
/// mode (running statistics), and the gradient of the mean softmax cross-entropy for every trainable tensor.
///
/// A batch is split into `threads` contiguous chunks; each thread runs its chunk through a layer, and the
/// batch-norm sums and the weight gradients of the chunks are added in chunk order, so the same inputs and
/// thread count always give bit-identical results.
///
/// ```swift
/// let net = TrainingNetwork(parameters: .heInitialized(seed: 1), threads: 2, maxBatch: 128)
/// let step = net.trainStep(count: 128, dropoutSeed: 7) { i, pixels in
///     for p in 0..<784 { pixels[p] = Float(set.images[i * 784 + p]) / 255 }
///     return Int(set.labels[i])
/// }
/// // step.loss, step.correct; net.gradient now holds d(loss)/d(parameters.values)
/// ```
public final class TrainingNetwork {
    public var parameters: NetworkParameters
    public let threads: Int
    public let maxBatch: Int
    /// Probability of dropping a unit of the 128 hidden features before fc2 (0 = off).
    public var dropout: Float
    /// Probability of dropping one of the 3,200 pooled convolution features before fc1 (0 = off). fc1 holds
    /// most of the weights, so this is the dropout that keeps it from memorising the training writers.
    public var featureDropout: Float = 0
    /// Share ε of the target spread evenly over the ten classes (0 = one-hot targets).
    public var labelSmoothing: Float = 0
    /// Loss weight of non-digit images (label 10, trained toward an even spread over the digits).
    public var outlierWeight: Float = 0
    public let batchNormEpsilon: Float = 1e-5
    public let batchNormMomentum: Float = 0.1
    /// When set, `trainStep` adds the time of each of its phases here.
    public var profile: StepProfile?
    /// The gradient of the last `trainStep`, laid out like `parameters.values`.
    public private(set) var gradient: [Float]

    private let workspaces: [ChunkWorkspace]
    private var chunkRanges: [Range<Int>] = []
    // Per layer: mean and 1/std used by the last forward pass, and the batch sums of the backward pass.
    private var mean: [[Float]] = [[Float](repeating: 0, count: 64), [Float](repeating: 0, count: 128), [Float](repeating: 0, count: 128)]
    private var invStd: [[Float]] = [[Float](repeating: 1, count: 64), [Float](repeating: 1, count: 128), [Float](repeating: 1, count: 128)]
    private var sumDy: [[Float]] = [[Float](repeating: 0, count: 64), [Float](repeating: 0, count: 128), [Float](repeating: 0, count: 128)]
    private var sumDyXhat: [[Float]] = [[Float](repeating: 0, count: 64), [Float](repeating: 0, count: 128), [Float](repeating: 0, count: 128)]

    private static let channels = [64, 128, 128]
    private static let batchNormNames = ["bn1", "bn2", "bn3"]

    public init(parameters: NetworkParameters, threads: Int, maxBatch: Int, dropout: Float = 0, featureDropout: Float = 0) {
        self.parameters = parameters
        self.featureDropout = featureDropout
        self.threads = max(1, threads)
        self.maxBatch = max(1, maxBatch)
        self.dropout = dropout
        let capacity = (self.maxBatch + self.threads - 1) / self.threads
        workspaces = (0..<self.threads).map { _ in ChunkWorkspace(capacity: capacity) }
        gradient = [Float](repeating: 0, count: NetworkParameters.trainableCount)
    }

    /// One forward and backward pass over `count` samples in training mode. `prepare(i, pixels)` writes sample
    /// `i`'s 784 pixels (ink 1.0) and returns its label; it runs on the worker threads, once per sample.
    /// Updates the batch-norm running statistics and `gradient`; returns the mean loss and correct count.
    @discardableResult
    public func trainStep(count: Int, dropoutSeed: UInt64,
                          prepare: (Int, UnsafeMutablePointer<Float>) -> Int) -> (loss: Double, correct: Int) {
        precondition(count > 1 && count <= maxBatch, "batch of \(count) outside 2...\(maxBatch)")
        setChunks(count)
        trainingStatistics = true
        parameters.values.withUnsafeBufferPointer { buffer in
            let w = buffer.baseAddress!
            // Forward.
            phase(.input) { parallel { c in self.loadInput(c, prepare: prepare) } }
            phase(.conv1Forward) { parallel { c in self.forwardConv1(c, w) } }
            phase(.reductions) { reduceMoments(layer: 0, count: count * 676) }
            phase(.conv2Forward) { parallel { c in self.forwardConv2(c, w) } }
            phase(.reductions) { reduceMoments(layer: 1, count: count * 121) }
            phase(.fc1Forward) { parallel { c in self.forwardDense1(c, w, featureDropoutSeed: dropoutSeed) } }
            phase(.reductions) { reduceMoments(layer: 2, count: count) }
            // Loss, then backward.
            phase(.head) {
                parallel { c in
                    self.forwardHead(c, w, training: true, dropoutSeed: dropoutSeed)
                    self.lossAndBackwardHead(c, w, batch: count)
                }
            }
            phase(.reductions) { reduceGradientSums(layer: 2) }
            phase(.fc1Backward) { parallel { c in self.backwardDense1(c, w, batch: count) } }
            phase(.reductions) { reduceGradientSums(layer: 1) }
            phase(.conv2Backward) { parallel { c in self.backwardConv2(c, w, batch: count) } }
            phase(.reductions) { reduceGradientSums(layer: 0) }
            phase(.conv1Backward) { parallel { c in self.backwardConv1(c, w, batch: count) } }
        }
        phase(.reductions) { sumGradients() }
        profile?.images += count
        let used = workspaces.indices.filter { !chunkRanges[$0].isEmpty }
        return (used.reduce(0.0) { $0 + workspaces[$1].loss } / Double(count), used.reduce(0) { $0 + workspaces[$1].correct })
    }

    /// Re-estimates the batch-norm running statistics as the plain average of the batch statistics of
    /// `count` images (training-mode forward passes, no backward, weights unchanged). Run after training on
    /// un-augmented images, it removes the mismatch between statistics gathered on distorted training batches
    /// and the clean images the network reads later ("batch-norm recalibration").
    public func recalibrateBatchNorm(count: Int, prepare: (Int, UnsafeMutablePointer<Float>) -> Int) {
        var start = 0, batches = 0
        var sums = [Float](repeating: 0, count: NetworkParameters.statisticsCount)
        parameters.values.withUnsafeBufferPointer { buffer in
            let w = buffer.baseAddress!
            while start + 2 <= count {
                let n = min(maxBatch, count - start)
                setChunks(n)
                trainingStatistics = true
                let offset = start
                // Momentum 1 makes each reduction overwrite the running statistics with this batch's.
                momentumOverride = 1
                parallel { c in self.loadInput(c, prepare: { i, p in prepare(offset + i, p) }); self.forwardConv1(c, w) }
                reduceMoments(layer: 0, count: n * 676)
                parallel { c in self.forwardConv2(c, w) }
                reduceMoments(layer: 1, count: n * 121)
                parallel { c in self.forwardDense1(c, w) }
                reduceMoments(layer: 2, count: n)
                momentumOverride = nil
                for i in 0..<sums.count { sums[i] += parameters.running[i] }
                batches += 1
                start += n
            }
        }
        if batches > 0 { parameters.running = sums.map { $0 / Float(batches) } }
    }

    private var momentumOverride: Float?

    /// Logits in evaluation mode (running statistics, no dropout) for `count` images of 784 floats each;
    /// returns `count × 10` values, sample by sample.
    public func logits(images: UnsafePointer<Float>, count: Int) -> [Float] {
        var out = [Float](repeating: 0, count: count * 10)
        setEvaluationStatistics()
        var start = 0
        parameters.values.withUnsafeBufferPointer { buffer in
            let w = buffer.baseAddress!
            while start < count {
                let n = min(maxBatch, count - start)
                setChunks(n)
                parallel { c in
                    let ws = self.workspaces[c], range = self.chunkRanges[c]
                    (ws.input).update(from: images + (start + range.lowerBound) * 784, count: range.count * 784)
                    self.forwardConv1(c, w)
                    self.forwardConv2(c, w)
                    self.forwardDense1(c, w)
                    self.forwardHead(c, w, training: false, dropoutSeed: 0)
                }
                for c in 0..<threads {
                    let ws = workspaces[c], range = chunkRanges[c], m = range.count
                    for s in 0..<m {
                        for k in 0..<10 { out[(start + range.lowerBound + s) * 10 + k] = ws.logits[k * m + s] }
                    }
                }
                start += n
            }
        }
        return out
    }

    // MARK: - Phases of one chunk

    private func loadInput(_ c: Int, prepare: (Int, UnsafeMutablePointer<Float>) -> Int) {
        let ws = workspaces[c], range = chunkRanges[c]
        for (s, i) in range.enumerated() {
            ws.labels[s] = Int32(prepare(i, ws.input + s * 784))
        }
    }

    private func forwardConv1(_ c: Int, _ w: UnsafePointer<Float>) {
        let ws = workspaces[c], n = chunkRanges[c].count, length = n * 676
        ConvolutionKernels.im2col3x3(ws.input, channels: 1, samples: n, height: 28, width: 28, into: ws.col1)
        gemm(transA: false, transB: false, m: 64, n: length, k: 9, a: w + o.conv1w, lda: 9,
             b: ws.col1, ldb: length, c: ws.z1, ldc: length)
        ConvolutionKernels.addRowBias(ws.z1, bias: w + o.conv1b, rows: 64, length: length)
        accumulateMomentsIfTraining(c, ws.z1, channels: 64, length: length)
    }

    private func forwardConv2(_ c: Int, _ w: UnsafePointer<Float>) {
        let ws = workspaces[c], n = chunkRanges[c].count, length = n * 121
        normalizeAndPool(layer: 0, ws.z1, channels: 64, samples: n, side: 26, w, into: ws.p1, winners: ws.winners1)
        // A group of images at a time, so the unfolded input (576 rows) stays in cache for the multiply.
        forEachConv2Group(n) { s0, g in
            ConvolutionKernels.im2col3x3(ws.p1 + s0 * 169, channels: 64, samples: g, height: 13, width: 13,
                                         channelStride: n * 169, into: ws.col2)
            gemm(transA: false, transB: false, m: 128, n: g * 121, k: 576, a: w + o.conv2w, lda: 576,
                 b: ws.col2, ldb: g * 121, c: ws.z2 + s0 * 121, ldc: length)
        }
        ConvolutionKernels.addRowBias(ws.z2, bias: w + o.conv2b, rows: 128, length: length)
        accumulateMomentsIfTraining(c, ws.z2, channels: 128, length: length)
    }

    /// `featureDropoutSeed` is nil outside training steps (evaluation and recalibration never drop features).
    private func forwardDense1(_ c: Int, _ w: UnsafePointer<Float>, featureDropoutSeed: UInt64? = nil) {
        let ws = workspaces[c], range = chunkRanges[c], n = range.count
        normalizeAndPool(layer: 1, ws.z2, channels: 128, samples: n, side: 11, w, into: ws.p2, winners: ws.winners2)
        // Flatten in PyTorch's (channel, row, col) order, as [feature][sample].
        for ch in 0..<128 {
            for s in 0..<n {
                let source = ws.p2 + (ch * n + s) * 25
                for hw in 0..<25 { ws.flat[(ch * 25 + hw) * n + s] = source[hw] }
            }
        }
        if let seed = featureDropoutSeed, featureDropout > 0 {
            // Dropped in place: fc1's weight gradient then sees exactly the features the forward pass used.
            let keep = 1 - featureDropout, scale = 1 / keep
            for s in 0..<n {
                // Its own stream per sample (offset from the fc2 mask's), independent of the batch split.
                var rng = SeededGenerator(seed: seed ^ 0x5EED_F1A7, stream: UInt64(range.lowerBound + s))
                for f in 0..<3200 { ws.featureMask[f * n + s] = rng.unit() < keep ? scale : 0 }
            }
            for i in 0..<3200 * n { ws.flat[i] *= ws.featureMask[i] }
        }
        gemm(transA: false, transB: false, m: 128, n: n, k: 3200, a: w + o.fc1w, lda: 3200,
             b: ws.flat, ldb: n, c: ws.z3, ldc: n)
        ConvolutionKernels.addRowBias(ws.z3, bias: w + o.fc1b, rows: 128, length: n)
        accumulateMomentsIfTraining(c, ws.z3, channels: 128, length: n)
    }

    private func forwardHead(_ c: Int, _ w: UnsafePointer<Float>, training: Bool, dropoutSeed: UInt64) {
        let ws = workspaces[c], range = chunkRanges[c], n = range.count
        normalize(layer: 2, ws.z3, channels: 128, length: n, w, into: ws.a3)
        var head = UnsafePointer(ws.a3)
        if training && dropout > 0 {
            let keep = 1 - dropout, scale = 1 / keep
            for s in 0..<n {
                // One generator per sample: the mask does not depend on how the batch was split.
                var rng = SeededGenerator(seed: dropoutSeed, stream: UInt64(range.lowerBound + s))
                for f in 0..<128 { ws.mask[f * n + s] = rng.unit() < keep ? scale : 0 }
            }
            for i in 0..<128 * n { ws.dropped[i] = ws.a3[i] * ws.mask[i] }
            head = UnsafePointer(ws.dropped)
        }
        gemm(transA: false, transB: false, m: 10, n: n, k: 128, a: w + o.fc2w, lda: 128,
             b: head, ldb: n, c: ws.logits, ldc: n)
        ConvolutionKernels.addRowBias(ws.logits, bias: w + o.fc2b, rows: 10, length: n)
    }

    private func lossAndBackwardHead(_ c: Int, _ w: UnsafePointer<Float>, batch: Int) {
        let ws = workspaces[c], n = chunkRanges[c].count, g = ws.gradient
        let result = LossKernels.softmaxCrossEntropy(ws.logits, labels: ws.labels, classes: 10, samples: n,
                                                     gradientScale: 1 / Float(batch), labelSmoothing: labelSmoothing,
                                                     outlierWeight: outlierWeight, dLogits: ws.dLogits)
        ws.loss = result.loss
        ws.correct = result.correct
        let head = dropout > 0 ? UnsafePointer(ws.dropped) : UnsafePointer(ws.a3)
        gemm(transA: false, transB: true, m: 10, n: 128, k: n, a: ws.dLogits, lda: n, b: head, ldb: n,
             c: g + o.fc2w, ldc: 128)
        ConvolutionKernels.rowSums(ws.dLogits, rows: 10, length: n, into: g + o.fc2b)
        gemm(transA: true, transB: false, m: 128, n: n, k: 10, a: w + o.fc2w, lda: 128, b: ws.dLogits, ldb: n,
             c: ws.dDropped, ldc: n)
        if dropout > 0 { for i in 0..<128 * n { ws.dDropped[i] *= ws.mask[i] } }
        PoolingKernels.reluBackward(ws.dDropped, output: ws.a3, count: 128 * n)
        accumulateGradientSums(c, layer: 2, dy: ws.dDropped, x: ws.z3, length: n)
    }

    private func backwardDense1(_ c: Int, _ w: UnsafePointer<Float>, batch: Int) {
        let ws = workspaces[c], n = chunkRanges[c].count, g = ws.gradient
        inputGradient(layer: 2, dy: ws.dDropped, x: ws.z3, length: n, w, batchCount: batch, into: ws.dz3)
        gemm(transA: false, transB: true, m: 128, n: 3200, k: n, a: ws.dz3, lda: n, b: ws.flat, ldb: n,
             c: g + o.fc1w, ldc: 3200)
        ConvolutionKernels.rowSums(ws.dz3, rows: 128, length: n, into: g + o.fc1b)
        gemm(transA: true, transB: false, m: 3200, n: n, k: 128, a: w + o.fc1w, lda: 3200, b: ws.dz3, ldb: n,
             c: ws.dFlat, ldc: n)
        if featureDropout > 0 { for i in 0..<3200 * n { ws.dFlat[i] *= ws.featureMask[i] } }
        for ch in 0..<128 {
            for s in 0..<n {
                let target = ws.dp2 + (ch * n + s) * 25
                for hw in 0..<25 { target[hw] = ws.dFlat[(ch * 25 + hw) * n + s] }
            }
        }
        // The ReLU's backward step rides on the pooling's: only a window's winner gets a gradient.
        PoolingKernels.maxPool2x2Backward(ws.dp2, winners: ws.winners2, planes: 128 * n, height: 11, width: 11,
                                          pooled: ws.p2, into: ws.da2)
        accumulateGradientSums(c, layer: 1, dy: ws.da2, x: ws.z2, length: n * 121)
    }

    private func backwardConv2(_ c: Int, _ w: UnsafePointer<Float>, batch: Int) {
        let ws = workspaces[c], n = chunkRanges[c].count, g = ws.gradient, length = n * 121
        inputGradient(layer: 1, dy: ws.da2, x: ws.z2, length: length, w, batchCount: batch * 121, into: ws.da2)
        forEachConv2Group(n) { s0, group in
            // The forward pass's unfolded group, unfolded again: cheaper than keeping the chunk's (17 MB at 64 images).
            ConvolutionKernels.im2col3x3(ws.p1 + s0 * 169, channels: 64, samples: group, height: 13, width: 13,
                                         channelStride: n * 169, into: ws.col2)
            gemm(transA: false, transB: true, m: 128, n: 576, k: group * 121, a: ws.da2 + s0 * 121, lda: length,
                 b: ws.col2, ldb: group * 121, c: g + o.conv2w, ldc: 576, accumulate: s0 > 0)
            gemm(transA: true, transB: false, m: 576, n: group * 121, k: 128, a: w + o.conv2w, lda: 576,
                 b: ws.da2 + s0 * 121, ldb: length, c: ws.dCol2, ldc: group * 121)
            ConvolutionKernels.col2im3x3(ws.dCol2, channels: 64, samples: group, height: 13, width: 13,
                                         channelStride: n * 169, into: ws.dp1 + s0 * 169)
        }
        ConvolutionKernels.rowSums(ws.da2, rows: 128, length: length, into: g + o.conv2b)
        PoolingKernels.maxPool2x2Backward(ws.dp1, winners: ws.winners1, planes: 64 * n, height: 26, width: 26,
                                          pooled: ws.p1, into: ws.da1)
        accumulateGradientSums(c, layer: 0, dy: ws.da1, x: ws.z1, length: n * 676)
    }

    private func backwardConv1(_ c: Int, _ w: UnsafePointer<Float>, batch: Int) {
        let ws = workspaces[c], n = chunkRanges[c].count, g = ws.gradient, length = n * 676
        inputGradient(layer: 0, dy: ws.da1, x: ws.z1, length: length, w, batchCount: batch * 676, into: ws.da1)
        // dWᵀ (9 × 64) = col1 · da1ᵀ, then transposed: with the 9 taps as C's columns, a 32-column tile
        // would be 23 columns of padding; as its rows they fill two 6-row panels.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 9 * 64) { transposed in
            gemm(transA: false, transB: true, m: 9, n: 64, k: length, a: ws.col1, lda: length, b: ws.da1, ldb: length,
                 c: transposed.baseAddress!, ldc: 64)
            for tap in 0..<9 { for channel in 0..<64 { g[o.conv1w + channel * 9 + tap] = transposed[tap * 64 + channel] } }
        }
        ConvolutionKernels.rowSums(ws.da1, rows: 64, length: length, into: g + o.conv1b)
    }

    /// Images per conv2 group: the group's unfolded input (576 × 121 floats per image, 1.1 MB for 4)
    /// fits in a core's L2 cache beside the packed blocks.
    static let conv2Group = 4

    /// Calls `body(first, count)` for consecutive groups of at most `conv2Group` of a chunk's `n` images.
    @inline(__always)
    private func forEachConv2Group(_ n: Int, _ body: (Int, Int) -> Void) {
        var first = 0
        while first < n {
            let count = min(Self.conv2Group, n - first)
            body(first, count)
            first += count
        }
    }

    // MARK: - Batch-norm glue

    private var trainingStatistics = true

    private func accumulateMomentsIfTraining(_ c: Int, _ x: UnsafePointer<Float>, channels: Int, length: Int) {
        guard trainingStatistics else { return }
        let ws = workspaces[c]
        ws.partialA.update(repeating: 0, count: channels)
        ws.partialB.update(repeating: 0, count: channels)
        BatchNormKernels.accumulateMoments(x, channels: channels, length: length, sums: ws.partialA, squares: ws.partialB)
    }

    /// Batch mean and variance from the chunk partials (added in chunk order); updates the running statistics.
    private func reduceMoments(layer: Int, count: Int) {
        let channels = Self.channels[layer], name = Self.batchNormNames[layer]
        let meanOffset = NetworkParameters.runningOffset("\(name).running_mean")
        let varOffset = NetworkParameters.runningOffset("\(name).running_var")
        for ch in 0..<channels {
            var s = 0.0, q = 0.0
            for c in 0..<threads where !chunkRanges[c].isEmpty { s += workspaces[c].partialA[ch]; q += workspaces[c].partialB[ch] }
            let m = s / Double(count)
            let variance = max(0, q / Double(count) - m * m)
            mean[layer][ch] = Float(m)
            invStd[layer][ch] = Float(1 / (variance + Double(batchNormEpsilon)).squareRoot())
            let unbiased = Float(variance * Double(count) / Double(max(1, count - 1)))
            let mo = momentumOverride ?? batchNormMomentum
            parameters.running[meanOffset + ch] = (1 - mo) * parameters.running[meanOffset + ch] + mo * Float(m)
            parameters.running[varOffset + ch] = (1 - mo) * parameters.running[varOffset + ch] + mo * unbiased
        }
    }

    private func setEvaluationStatistics() {
        trainingStatistics = false
        for (layer, name) in Self.batchNormNames.enumerated() {
            let meanOffset = NetworkParameters.runningOffset("\(name).running_mean")
            let varOffset = NetworkParameters.runningOffset("\(name).running_var")
            for ch in 0..<Self.channels[layer] {
                mean[layer][ch] = parameters.running[meanOffset + ch]
                invStd[layer][ch] = 1 / (parameters.running[varOffset + ch] + batchNormEpsilon).squareRoot()
            }
        }
    }

    private func normalize(layer: Int, _ x: UnsafePointer<Float>, channels: Int, length: Int,
                           _ w: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>) {
        let name = Self.batchNormNames[layer]
        mean[layer].withUnsafeBufferPointer { m in
            invStd[layer].withUnsafeBufferPointer { s in
                BatchNormKernels.normalize(x, channels: channels, length: length, mean: m.baseAddress!, invStd: s.baseAddress!,
                                           gamma: w + NetworkParameters.offset("\(name).weight"),
                                           beta: w + NetworkParameters.offset("\(name).bias"), relu: true, into: y)
            }
        }
    }

    /// Batch norm, ReLU and 2×2 max-pooling of a convolution's output in one pass (the normalised maps are
    /// never stored: backward needs only the pooled values and the winners).
    private func normalizeAndPool(layer: Int, _ x: UnsafePointer<Float>, channels: Int, samples: Int, side: Int,
                                  _ w: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>,
                                  winners: UnsafeMutablePointer<UInt8>) {
        let name = Self.batchNormNames[layer]
        mean[layer].withUnsafeBufferPointer { m in
            invStd[layer].withUnsafeBufferPointer { s in
                PoolingKernels.normalizeReLUMaxPool2x2(x, channels: channels, samples: samples, height: side, width: side,
                                                       mean: m.baseAddress!, invStd: s.baseAddress!,
                                                       gamma: w + NetworkParameters.offset("\(name).weight"),
                                                       beta: w + NetworkParameters.offset("\(name).bias"),
                                                       into: y, winners: winners)
            }
        }
    }

    private func accumulateGradientSums(_ c: Int, layer: Int, dy: UnsafePointer<Float>, x: UnsafePointer<Float>, length: Int) {
        let channels = Self.channels[layer]
        let ws = workspaces[c]
        ws.partialA.update(repeating: 0, count: channels)
        ws.partialB.update(repeating: 0, count: channels)
        mean[layer].withUnsafeBufferPointer { m in
            invStd[layer].withUnsafeBufferPointer { s in
                BatchNormKernels.accumulateGradientSums(dy: dy, x: x, channels: channels, length: length,
                                                        mean: m.baseAddress!, invStd: s.baseAddress!,
                                                        sumDy: ws.partialA, sumDyXhat: ws.partialB)
            }
        }
    }

    /// Σdy and Σdy·x̂ over the batch, which are also the gradients of the batch-norm shift and scale.
    private func reduceGradientSums(layer: Int) {
        let name = Self.batchNormNames[layer]
        let gammaOffset = NetworkParameters.offset("\(name).weight"), betaOffset = NetworkParameters.offset("\(name).bias")
        for ch in 0..<Self.channels[layer] {
            var a = 0.0, b = 0.0
            for c in 0..<threads where !chunkRanges[c].isEmpty { a += workspaces[c].partialA[ch]; b += workspaces[c].partialB[ch] }
            sumDy[layer][ch] = Float(a)
            sumDyXhat[layer][ch] = Float(b)
            gradient[betaOffset + ch] = Float(a)
            gradient[gammaOffset + ch] = Float(b)
        }
    }

    private func inputGradient(layer: Int, dy: UnsafePointer<Float>, x: UnsafePointer<Float>, length: Int,
                               _ w: UnsafePointer<Float>, batchCount: Int, into dx: UnsafeMutablePointer<Float>) {
        let name = Self.batchNormNames[layer]
        let channels = Self.channels[layer]
        mean[layer].withUnsafeBufferPointer { m in
            invStd[layer].withUnsafeBufferPointer { s in
                sumDy[layer].withUnsafeBufferPointer { a in
                    sumDyXhat[layer].withUnsafeBufferPointer { b in
                        BatchNormKernels.inputGradient(dy: dy, x: x, channels: channels, length: length,
                                                       mean: m.baseAddress!, invStd: s.baseAddress!,
                                                       gamma: w + NetworkParameters.offset("\(name).weight"),
                                                       sumDy: a.baseAddress!, sumDyXhat: b.baseAddress!,
                                                       batchCount: batchCount, into: dx)
                    }
                }
            }
        }
    }

    // MARK: - Threads and reductions

    /// Runs `body`, timing it into `profile` when there is one.
    @inline(__always)
    private func phase(_ phase: StepProfile.Phase, _ body: () -> Void) {
        if profile == nil { body() } else { profile!.time(phase, body) }
    }

    private func setChunks(_ count: Int) {
        chunkRanges = (0..<threads).map { c in (count * c / threads)..<(count * (c + 1) / threads) }
    }

    /// Runs `body(c)` for every non-empty chunk `c`, one thread each. The network is not `Sendable` (one
    /// caller at a time); inside a step, worker `c` writes only chunk `c`'s workspace and reads the weights and
    /// the batch statistics, which nothing writes until every worker is done, so the body may cross into the
    /// workers unchecked, here and nowhere else.
    private func parallel(_ body: (Int) -> Void) {
        if threads == 1 { body(0); return }
        let ranges = chunkRanges
        withoutActuallyEscaping(body) { body in
            let shared = WorkerShared(body)
            DispatchQueue.concurrentPerform(iterations: threads) { c in
                if !ranges[c].isEmpty { shared.value(c) }
            }
        }
    }

    /// gradient = Σ chunk gradients in chunk order (batch-norm scale/shift were set by the reductions).
    private func sumGradients() {
        let skip = Set(Self.batchNormNames.flatMap { [NetworkParameters.offset("\($0).weight"), NetworkParameters.offset("\($0).bias")] })
        gradient.withUnsafeMutableBufferPointer { total in
            for entry in NetworkParameters.trainable where !skip.contains(entry.offset) {
                let range = entry.offset..<entry.offset + entry.count
                for i in range { total[i] = 0 }
                for c in 0..<threads where !chunkRanges[c].isEmpty {
                    let part = workspaces[c].gradient
                    for i in range { total[i] += part[i] }
                }
            }
        }
    }

    private var o: Offsets { Offsets.shared }
}

/// Offsets of the tensors the layers read, looked up once.
struct Offsets {
    static let shared = Offsets()
    let conv1w = NetworkParameters.offset("conv1.weight"), conv1b = NetworkParameters.offset("conv1.bias")
    let conv2w = NetworkParameters.offset("conv2.weight"), conv2b = NetworkParameters.offset("conv2.bias")
    let fc1w = NetworkParameters.offset("fc1.weight"), fc1b = NetworkParameters.offset("fc1.bias")
    let fc2w = NetworkParameters.offset("fc2.weight"), fc2b = NetworkParameters.offset("fc2.bias")
}
