
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
/// - `form` is the kernel build that runs (`KernelForm.current`: the widest this CPU has). A form gives the
///   same bits for the same inputs; forms may differ in the last bits (fused multiply-adds round once).
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
                  threads: Int = 1, form: KernelForm = .current) {
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
    precondition(form.isSupported, "sgemm: this CPU can't run the \(form.rawValue) kernels")
    form.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
                  beta: beta, c: c, ldc: ldc, threads: max(1, min(threads, 64)))
}
