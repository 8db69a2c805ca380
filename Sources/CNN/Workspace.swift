import Foundation

/// Scratch buffers for one forward pass on one thread, allocated once and reused, so inference does
/// no allocation per image. Sizes follow `astro-cnn-v1`.
final class Workspace {
    /// Images per batched fc1 product (a multiple of the kernel's 6-row tiles).
    static let batch = 48

    /// Floats between the 16 Winograd matrices of conv2 (inputs 64 × 32 packed, products 128 × 25).
    static let winogradVStride = Winograd.matrixStride(64 * 32)
    static let winogradMStride = Winograd.matrixStride(128 * 25)

    static let sizes = (columns1: 9 * 680, conv1Out: 64 * 676, pooled1: 64 * 169, winogradV: 16 * winogradVStride,
                        winogradM: 16 * winogradMStride, features: 3200, hidden: 128,
                        batchFeatures: batch * 3200, batchHidden: batch * 128)
    static var byteCount: Int {
        let s = sizes
        return 4 * (s.columns1 + s.conv1Out + s.pooled1 + s.winogradV + s.winogradM + s.features + s.hidden
                    + s.batchFeatures + s.batchHidden)
    }

    let columns1, conv1Out, pooled1, winogradV, winogradM, features, hidden, batchFeatures, batchHidden: UnsafeMutablePointer<Float>

    init() {
        func buffer(_ count: Int) -> UnsafeMutablePointer<Float> {
            let p = UnsafeMutablePointer<Float>.allocate(capacity: count)
            p.initialize(repeating: 0, count: count)   // the packed columns' padding must stay zero
            return p
        }
        let s = Workspace.sizes
        columns1 = buffer(s.columns1); conv1Out = buffer(s.conv1Out); pooled1 = buffer(s.pooled1)
        winogradV = buffer(s.winogradV); winogradM = buffer(s.winogradM); features = buffer(s.features)
        hidden = buffer(s.hidden); batchFeatures = buffer(s.batchFeatures); batchHidden = buffer(s.batchHidden)
    }

    deinit {
        for p in [columns1, conv1Out, pooled1, winogradV, winogradM, features, hidden, batchFeatures, batchHidden] {
            p.deallocate()
        }
    }
}

/// Workspaces not in use, shared by the threads calling one `DigitNetwork`. Sendable unchecked because a
/// `Workspace` (raw scratch pointers) is not: the lock hands each one to a single thread at a time.
final class WorkspacePool: @unchecked Sendable {
    private var idle: [Workspace] = []
    private let lock = NSLock()

    func take() -> Workspace {
        lock.lock(); defer { lock.unlock() }
        return idle.popLast() ?? Workspace()
    }

    func give(_ workspace: Workspace) {
        lock.lock(); defer { lock.unlock() }
        idle.append(workspace)
    }
}
