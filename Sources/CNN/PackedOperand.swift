import GemmKernels

/// A matrix packed once, ahead of time, in the exact block layout `GemmKernel` reads, so inference never
/// repacks constant weights. For every KC-deep slice of K (in order), the slice's panels follow each other:
/// side `.a` = MR-row panels of an m×k matrix, side `.b` = NR-column panels of a k×n matrix.
///
/// Sendable unchecked because its storage is a raw pointer: it is written only in `init`, read only after.
final class PackedOperand: @unchecked Sendable {
    enum Side { case a, b }

    let side: Side
    /// m for side `.a`, n for side `.b`.
    let extent: Int
    /// `extent` rounded up to whole panels.
    let paddedExtent: Int
    let depth: Int
    let storage: UnsafeMutablePointer<Float>
    /// Side `.a` only: every element stored 4 times (for `GemmKernel.multiply(broadcastA: true)`).
    let broadcast: Bool

    /// Packs op(A) (`side == .a`, extent m) or op(B) (`side == .b`, extent n) of a `sgemm`-style operand.
    init(side: Side, extent: Int, depth: Int, matrix: UnsafePointer<Float>, leadingDimension: Int, transposed: Bool,
         broadcast: Bool = false) {
        precondition(!broadcast || side == .a, "PackedOperand: only A panels are broadcast")
        self.broadcast = broadcast
        self.side = side
        self.extent = extent
        self.depth = depth
        paddedExtent = GemmKernel.roundUp(extent, side == .a ? GemmKernel.mr : GemmKernel.nr)
        var packed = UnsafeMutablePointer<Float>.allocate(capacity: max(1, paddedExtent * depth))
        // GemmKernel's panels are the portable form's (6 rows, 8 columns), so its packing serves here.
        let operands = GemmKernels.GemmOperands(a: matrix, lda: leadingDimension, transA: transposed,
                                    b: matrix, ldb: leadingDimension, transB: transposed)
        var p0 = 0
        while p0 < depth {
            let kc = min(GemmKernel.kc, depth - p0)
            if side == .a {
                operands.packA(packed + p0 * paddedExtent, 0, extent, p0, kc)
            } else {
                operands.packB(packed + p0 * paddedExtent, 0, extent, p0, kc)
            }
            p0 += kc
        }
        if broadcast {
            let plain = packed
            let count = max(1, paddedExtent * depth)
            let wide = UnsafeMutablePointer<Float>.allocate(capacity: 4 * count)
            for i in 0..<count { for lane in 0..<4 { wide[4 * i + lane] = plain[i] } }
            plain.deallocate()
            packed = wide
        }
        storage = packed
    }

    deinit { storage.deallocate() }

    /// The packed block starting at row/column `first` (a multiple of MC/NC) and depth `p0`.
    @inline(__always)
    func block(first: Int, p0: Int, kc: Int) -> UnsafePointer<Float> {
        UnsafePointer(storage + (p0 * paddedExtent + first * kc) * (broadcast ? 4 : 1))
    }

    /// `y = x · op(B)` for one row `x` of `depth` values (side `.b` only): `y[j] = Σ_p x[p] · op(B)[p][j]`
    /// for the `extent` columns. One image's fc1 reads the same packed panels as the batch product, so the
    /// network keeps a single copy of its largest weights.
    ///
    /// ```swift
    /// fc1Packed.multiplyVector(features, into: hidden)   // 3200 features → 128 sums
    /// ```
    func multiplyVector(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>) {
        precondition(side == .b && !broadcast, "PackedOperand: multiplyVector needs B panels")
        let nr = GemmKernel.nr
        var panel = 0
        while panel < paddedExtent {
            // Up to four NR-column panels at once: each x[p] is broadcast once for all of them, and the four
            // running sums do not wait on each other's additions. Within a KC slice a panel is kc rows of NR
            // columns; the next panel follows it.
            let panels = min(4, (paddedExtent - panel) / nr)
            var sums = (SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>())
            var p0 = 0
            while p0 < depth {
                let kc = min(GemmKernel.kc, depth - p0)
                let slice = storage + p0 * paddedExtent + panel * kc
                // Panels past `panels` re-read the last one; their sums are not stored.
                let b0 = UnsafeRawPointer(slice), b1 = UnsafeRawPointer(slice + min(1, panels - 1) * kc * nr)
                let b2 = UnsafeRawPointer(slice + min(2, panels - 1) * kc * nr)
                let b3 = UnsafeRawPointer(slice + min(3, panels - 1) * kc * nr)
                for p in 0..<kc {
                    let xp = SIMD8<Float>(repeating: x[p0 + p]), offset = p * nr * 4
                    sums.0 += xp * b0.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                    sums.1 += xp * b1.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                    sums.2 += xp * b2.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                    sums.3 += xp * b3.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                }
                p0 += kc
            }
            func store(_ sum: SIMD8<Float>, _ k: Int) {
                let first = panel + k * nr
                if k < panels { for j in 0..<min(nr, extent - first) { y[first + j] = sum[j] } }
            }
            store(sums.0, 0); store(sums.1, 1); store(sums.2, 2); store(sums.3, 3)
            panel += panels * nr
        }
    }

    /// Bytes held.
    var byteCount: Int { paddedExtent * depth * MemoryLayout<Float>.size * (broadcast ? 4 : 1) }
}
