import CNN

/// The matrix multiply under every convolution and dense layer of the trainer, forward and backward:
/// `C[m×n] = op(A)[m×k] · op(B)[k×n]`, plus `C` when `accumulate`; row-major with leading dimensions.
/// It is the engine's `CNN.sgemm`, single-threaded here because the trainer splits the batch across threads.
///
/// ```swift
/// gemm(transA: false, transB: true, m: 2, n: 3, k: 4, a: a, lda: 4, b: b, ldb: 4, c: c, ldc: 3)
/// ```
@inline(__always)
func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
          a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
          c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool = false) {
    sgemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 1, a: a, lda: lda, b: b, ldb: ldb,
          beta: accumulate ? 1 : 0, c: c, ldc: ldc, threads: 1)
}
