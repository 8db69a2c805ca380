import Basics
import Foundation

/// Single-precision matrix multiply, BLAS `sgemm` semantics on **row-major** buffers:
///
///     C = alpha * op(A) * op(B) + beta * C
///
/// - `op(A)` is `m × k`: with `transA == false`, A is stored `m × k` (element (i, p) at `a[i * lda + p]`,
///   `lda ≥ k`); with `transA == true`, A is stored `k × m` (element (i, p) of op(A) at `a[p * lda + i]`, `lda ≥ m`).
/// - `op(B)` is `k × n`: with `transB == false`, B is stored `k × n` (`b[p * ldb + j]`, `ldb ≥ n`); with
///   `transB == true`, B is stored `n × k` (`b[j * ldb + p]`, `ldb ≥ k`).
/// - C is `m × n`, element (i, j) at `c[i * ldc + j]`, `ldc ≥ n`. When `beta == 0`, C is only written, never
///   read (NaNs in it are ignored), as in BLAS. `k == 0` gives `C = beta * C`.
/// - `threads > 1` splits the rows or columns of C over `DispatchQueue.concurrentPerform`. Each element of C
///   is summed in the same order whatever the thread count, so results are bit-identical across
///   thread counts and runs. A and B may not overlap C.
///
/// Convolution forward via im2col: `out[co, pos] = W[co, ci·kh·kw] · cols[ci·kh·kw, pos]`:
/// ```swift
/// sgemm(transA: false, transB: false, m: 128, n: 121, k: 576, alpha: 1, a: w, lda: 576,
///       b: cols, ldb: 121, beta: 0, c: out, ldc: 121)
/// // dense backward, weight gradient dW[out, in] += dY^T[out, batch] · X[batch, in]:
/// sgemm(transA: true, transB: false, m: outs, n: ins, k: batch, alpha: 1, a: dY, lda: outs,
///       b: x, ldb: ins, beta: 1, c: dW, ldc: ins)
/// ```
public func sgemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                  alpha: Float, a: UnsafePointer<Float>, lda: Int,
                  b: UnsafePointer<Float>, ldb: Int,
                  beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int,
                  threads: Int = 1) {
    precondition(m >= 0 && n >= 0 && k >= 0, "sgemm: negative size")
    precondition(lda >= max(1, transA ? m : k) && ldb >= max(1, transB ? k : n) && ldc >= max(1, n),
                 "sgemm: leading dimension too small")
    guard m > 0, n > 0 else { return }
    if k == 0 || alpha == 0 {
        for i in 0..<m {
            let row = c + i * ldc
            for j in 0..<n { row[j] = beta == 0 ? 0 : beta * row[j] }
        }
        return
    }
    let source = GemmOperands(a: a, lda: lda, transA: transA, b: b, ldb: ldb, transB: transB)
    let workers = max(1, min(threads, 64))
    // Split the longer side of C into whole micro-tiles, one contiguous range per worker.
    let splitColumns = n >= m
    let tile = splitColumns ? GemmKernel.nr : GemmKernel.mr
    let tiles = ((splitColumns ? n : m) + tile - 1) / tile
    let parts = min(workers, tiles)
    let shared = WorkerShared(c)   // each part writes its own rows or columns of C
    let run = { @Sendable (part: Int) in
        let c = shared.value
        let first = tiles * part / parts * tile, last = min(tiles * (part + 1) / parts * tile, splitColumns ? n : m)
        guard first < last else { return }
        if splitColumns {
            GemmKernel.multiply(m: m, n: last - first, k: k, alpha: alpha, beta: beta, c: c + first, ldc: ldc,
                                packA: { dest, i0, mc, p0, kc in source.packABroadcast(dest, i0, mc, p0, kc); return UnsafePointer(dest) },
                                packB: { dest, j0, nc, p0, kc in source.packB(dest, first + j0, nc, p0, kc); return UnsafePointer(dest) },
                                broadcastA: true)
        } else {
            GemmKernel.multiply(m: last - first, n: n, k: k, alpha: alpha, beta: beta, c: c + first * ldc, ldc: ldc,
                                packA: { dest, i0, mc, p0, kc in source.packABroadcast(dest, first + i0, mc, p0, kc); return UnsafePointer(dest) },
                                packB: { dest, j0, nc, p0, kc in source.packB(dest, j0, nc, p0, kc); return UnsafePointer(dest) },
                                broadcastA: true)
        }
    }
    if parts == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: run) }
}

/// The two input matrices of a `sgemm` call and how to pack blocks of them. Sendable unchecked because it
/// holds raw pointers: every worker of one call only reads them.
struct GemmOperands: @unchecked Sendable {
    let a: UnsafePointer<Float>, lda: Int, transA: Bool
    let b: UnsafePointer<Float>, ldb: Int, transB: Bool

    /// Packs rows `i0..<i0+mc`, columns `p0..<p0+kc` of op(A) into MR-row panels (zero padded).
    func packA(_ dest: UnsafeMutablePointer<Float>, _ i0: Int, _ mc: Int, _ p0: Int, _ kc: Int) {
        let mr = GemmKernel.mr
        var panel = 0
        while panel < mc {
            let rows = min(mr, mc - panel)
            let out = dest + panel * kc
            if transA {
                for p in 0..<kc {
                    let src = a + (p0 + p) * lda + i0 + panel
                    for r in 0..<rows { out[p * mr + r] = src[r] }
                    for r in rows..<mr { out[p * mr + r] = 0 }
                }
            } else {
                for r in 0..<mr {
                    if r < rows {
                        let src = a + (i0 + panel + r) * lda + p0
                        for p in 0..<kc { out[p * mr + r] = src[p] }
                    } else {
                        for p in 0..<kc { out[p * mr + r] = 0 }
                    }
                }
            }
            panel += mr
        }
    }

    /// `packA` with every element written as 4 copies (the layout `GemmKernel.multiply(broadcastA: true)` reads).
    func packABroadcast(_ dest: UnsafeMutablePointer<Float>, _ i0: Int, _ mc: Int, _ p0: Int, _ kc: Int) {
        let mr = GemmKernel.mr
        let raw = UnsafeMutableRawPointer(dest)
        @inline(__always) func put(_ index: Int, _ value: Float) {
            raw.storeBytes(of: SIMD4<Float>(repeating: value), toByteOffset: 16 * index, as: SIMD4<Float>.self)
        }
        var panel = 0
        while panel < mc {
            let rows = min(mr, mc - panel)
            let base = panel * kc
            if transA {
                for p in 0..<kc {
                    let src = a + (p0 + p) * lda + i0 + panel
                    for r in 0..<rows { put(base + p * mr + r, src[r]) }
                    for r in rows..<mr { put(base + p * mr + r, 0) }
                }
            } else {
                for r in 0..<mr {
                    if r < rows {
                        let src = a + (i0 + panel + r) * lda + p0
                        for p in 0..<kc { put(base + p * mr + r, src[p]) }
                    } else {
                        for p in 0..<kc { put(base + p * mr + r, 0) }
                    }
                }
            }
            panel += mr
        }
    }

    /// Packs rows `p0..<p0+kc`, columns `j0..<j0+nc` of op(B) into NR-column panels (zero padded).
    func packB(_ dest: UnsafeMutablePointer<Float>, _ j0: Int, _ nc: Int, _ p0: Int, _ kc: Int) {
        let nr = GemmKernel.nr
        var panel = 0
        while panel < nc {
            let cols = min(nr, nc - panel)
            let out = dest + panel * kc
            if transB {
                for j in 0..<nr {
                    if j < cols {
                        let src = b + (j0 + panel + j) * ldb + p0
                        for p in 0..<kc { out[p * nr + j] = src[p] }
                    } else {
                        for p in 0..<kc { out[p * nr + j] = 0 }
                    }
                }
            } else if cols == nr {
                for p in 0..<kc {
                    let src = UnsafeRawPointer(b + (p0 + p) * ldb + j0 + panel)
                    UnsafeMutableRawPointer(out + p * nr).storeBytes(of: src.loadUnaligned(as: SIMD8<Float>.self), as: SIMD8<Float>.self)
                }
            } else {
                for p in 0..<kc {
                    let src = b + (p0 + p) * ldb + j0 + panel
                    for j in 0..<cols { out[p * nr + j] = src[j] }
                    for j in cols..<nr { out[p * nr + j] = 0 }
                }
            }
            panel += nr
        }
    }
}
