/// The activations and gradients of one chunk of a batch (the samples one thread works on), allocated once.
/// Layouts are channel-major over the chunk's samples: `[channel][sample][row][col]` for feature maps and
/// `[feature][sample]` for the dense layers, so every layer is one matrix multiply and batch-norm statistics
/// are per-row sums.
final class ChunkWorkspace {
    let capacity: Int
    let input, col1, z1, p1, col2, z2, p2, flat, featureMask, z3, a3, dropped, mask, logits: UnsafeMutablePointer<Float>
    let dLogits, dDropped, dz3, dFlat, dp2, da2, dCol2, dp1, da1: UnsafeMutablePointer<Float>
    let winners1, winners2: UnsafeMutablePointer<UInt8>
    let labels: UnsafeMutablePointer<Int32>
    /// This chunk's share of the gradient, laid out like `NetworkParameters.values`.
    let gradient: UnsafeMutablePointer<Float>
    /// Per-channel partial sums of this chunk for the batch-norm reductions (moments or gradient sums).
    let partialA, partialB: UnsafeMutablePointer<Double>
    /// Summed loss and correct predictions of this chunk in the last training step.
    var loss = 0.0
    var correct = 0
    private var allocations: [UnsafeMutableRawPointer] = []

    init(capacity n: Int) {
        capacity = n
        var list: [UnsafeMutableRawPointer] = []
        func floats(_ count: Int) -> UnsafeMutablePointer<Float> {
            let p = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
            p.initialize(repeating: 0, count: max(count, 1))
            list.append(UnsafeMutableRawPointer(p))
            return p
        }
        func bytes(_ count: Int) -> UnsafeMutablePointer<UInt8> {
            let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
            p.initialize(repeating: 0, count: max(count, 1))
            list.append(UnsafeMutableRawPointer(p))
            return p
        }
        input = floats(n * 784)
        col1 = floats(9 * n * 676)
        z1 = floats(64 * n * 676)
        p1 = floats(64 * n * 169)
        col2 = floats(576 * min(n, TrainingNetwork.conv2Group) * 121)   // one group of images at a time
        z2 = floats(128 * n * 121)
        p2 = floats(128 * n * 25)
        flat = floats(3200 * n)
        featureMask = floats(3200 * n)
        z3 = floats(128 * n)
        a3 = floats(128 * n)
        dropped = floats(128 * n)
        mask = floats(128 * n)
        logits = floats(10 * n)
        dLogits = floats(10 * n)
        dDropped = floats(128 * n)
        dz3 = floats(128 * n)
        dFlat = floats(3200 * n)
        dp2 = floats(128 * n * 25)
        da2 = floats(128 * n * 121)
        dCol2 = floats(576 * min(n, TrainingNetwork.conv2Group) * 121)
        dp1 = floats(64 * n * 169)
        da1 = floats(64 * n * 676)
        winners1 = bytes(64 * n * 169)
        winners2 = bytes(128 * n * 25)
        let l = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        l.initialize(repeating: 0, count: n)
        list.append(UnsafeMutableRawPointer(l))
        labels = l
        gradient = floats(NetworkParameters.trainableCount)
        let a = UnsafeMutablePointer<Double>.allocate(capacity: 128), b = UnsafeMutablePointer<Double>.allocate(capacity: 128)
        a.initialize(repeating: 0, count: 128)
        b.initialize(repeating: 0, count: 128)
        list += [UnsafeMutableRawPointer(a), UnsafeMutableRawPointer(b)]
        partialA = a
        partialB = b
        allocations = list
    }

    deinit {
        for p in allocations { p.deallocate() }
    }
}
