import Dispatch

/// Single-precision matrix multiply on row-major buffers, `C = alpha·op(A)·op(B) + beta·C` with BLAS
/// `sgemm` semantics, in this module's form (portable, AVX2 + FMA or AVX-512: see `KernelVector.swift`).
/// CNN's `sgemm` checks the arguments and calls the form the CPU runs; nothing else should call this.
///
/// Goto/BLIS blocking: C is computed in `mr`×`nr` micro-tiles held in registers (6 rows of two vectors),
/// from A packed into `mr`-row panels and B into `nr`-column panels, with K split into `kc`-deep blocks
/// that stay in cache. Every element of C is summed in the same order whatever `threads` is, so a form
/// gives bit-identical results across thread counts; different forms may differ in the last bits (fused
/// multiply-adds round once).
///
/// ```swift
/// BlockedGemm.multiply(transA: false, transB: true, m: 128, n: 576, k: 7744, alpha: 1, a: dY, lda: 7744,
///                      b: columns, ldb: 7744, beta: 0, c: dW, ldc: 576, threads: 1)
/// ```
public enum BlockedGemm {
    /// Rows of a micro-tile.
    public static let mr = 6
    /// Columns of a micro-tile: two vectors (8 portable, 16 AVX2, 32 AVX-512).
    public static let nr = 2 * KernelVector.scalarCount
    /// Depth of a packed block: an A panel and a B panel of this depth fit in L1 together.
    static let kc = 256
    /// Rows of A packed at a time (96 × 256 floats = 96 KiB, stays in L2).
    static let mc = 96
    /// Columns of B packed at a time (512 × 256 floats = 512 KiB).
    static let nc = 512

    /// See the type's documentation; sizes are checked by the caller (`m`, `n` > 0, `k` > 0, `alpha` ≠ 0,
    /// leading dimensions large enough). `threads > 1` splits the longer side of C into whole micro-tiles.
    public static func multiply(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                                a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                                beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int) {
        let operands = GemmOperands(a: a, lda: lda, transA: transA, b: b, ldb: ldb, transB: transB)
        let splitColumns = n >= m
        let tile = splitColumns ? nr : mr
        let tiles = ((splitColumns ? n : m) + tile - 1) / tile
        let parts = max(1, min(threads, tiles, 64))
        let target = CPointer(c)   // each part writes its own rows or columns of C
        let run = { @Sendable (part: Int) in
            let first = tiles * part / parts * tile, last = min(tiles * (part + 1) / parts * tile, splitColumns ? n : m)
            guard first < last else { return }
            if splitColumns {
                blocked(operands, rows: 0..<m, columns: first..<last, k: k, alpha: alpha, beta: beta,
                        c: target.pointer + first, ldc: ldc)
            } else {
                blocked(operands, rows: first..<last, columns: 0..<n, k: k, alpha: alpha, beta: beta,
                        c: target.pointer + first * ldc, ldc: ldc)
            }
        }
        if parts == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: run) }
    }

    /// The product for rows × columns of C (`c` points at their first element): loops over NC column
    /// blocks, KC depth blocks and MC row blocks, packing each block once.
    static func blocked(_ operands: GemmOperands, rows: Range<Int>, columns: Range<Int>, k: Int,
                        alpha: Float, beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        let m = rows.count, n = columns.count
        let aPacked = UnsafeMutablePointer<Float>.allocate(capacity: roundUp(min(m, mc), mr) * min(k, kc))
        let bPacked = UnsafeMutablePointer<Float>.allocate(capacity: roundUp(min(n, nc), nr) * min(k, kc))
        defer { aPacked.deallocate(); bPacked.deallocate() }
        var jc = 0
        while jc < n {
            let ncb = min(nc, n - jc)
            var pc = 0
            while pc < k {
                let kcb = min(kc, k - pc)
                operands.packB(bPacked, columns.lowerBound + jc, ncb, pc, kcb)
                // Later depth blocks add to what the first one stored.
                let blockBeta: Float = pc == 0 ? beta : 1
                var ic = 0
                while ic < m {
                    let mcb = min(mc, m - ic)
                    operands.packA(aPacked, rows.lowerBound + ic, mcb, pc, kcb)
                    var jr = 0
                    while jr < ncb {
                        var ir = 0
                        while ir < mcb {
                            MicroTile.multiply(kcb, aPacked + ir * kcb, bPacked + jr * kcb, c + (ic + ir) * ldc + jc + jr, ldc,
                                               rows: min(mr, mcb - ir), cols: min(nr, ncb - jr), alpha: alpha, beta: blockBeta)
                            ir += mr
                        }
                        jr += nr
                    }
                    ic += mcb
                }
                pc += kcb
            }
            jc += ncb
        }
    }

    /// `x` rounded up to a multiple of `step`.
    @inline(__always) static func roundUp(_ x: Int, _ step: Int) -> Int { (x + step - 1) / step * step }
}
