import CNN
import EnglishCatalogue
import XCTest

/// `sgemm` against the naive triple loop, in every kernel form this CPU runs (`KernelForm.supported`): all
/// transpose combinations, odd sizes that leave partial micro-tiles and K blocks, padded leading
/// dimensions, alpha/beta, and thread counts.
final class SgemmTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func check(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float, beta: Float, pad: Int,
               threads: Int, file: StaticString = #filePath, line: UInt = #line) {
        for form in KernelForm.supported {
            check(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, beta: beta, pad: pad, threads: threads,
                  form: form, file: file, line: line)
        }
    }

    func check(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float, beta: Float, pad: Int,
               threads: Int, form: KernelForm, file: StaticString, line: UInt) {
        let lda = (transA ? m : k) + pad, ldb = (transB ? k : n) + pad, ldc = n + pad
        let a = NaiveReference.random((transA ? k : m) * lda, seed: UInt64(m * 31 + k))
        let b = NaiveReference.random((transB ? n : k) * ldb, seed: UInt64(n * 17 + k))
        var c = NaiveReference.random(m * ldc, seed: UInt64(m + n))
        if beta == 0 { for i in c.indices where i % 7 == 0 { c[i] = .nan } }   // beta 0: C must not be read
        let expected = NaiveReference.gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                                           b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        sgemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
              beta: beta, c: &c, ldc: ldc, threads: threads, form: form)
        let tolerance = 1e-5 * Float(max(k, 1))
        for i in 0..<m {
            for j in 0..<n where !(abs(c[i * ldc + j] - expected[i * ldc + j]) <= tolerance) {
                XCTFail("\(form): transA=\(transA) transB=\(transB) \(m)x\(n)x\(k) threads=\(threads): C[\(i),\(j)] = \(c[i * ldc + j]), expected \(expected[i * ldc + j])",
                        file: file, line: line)
                return
            }
            // Padding columns of C are never touched.
            for j in n..<ldc { XCTAssertEqual(c[i * ldc + j].bitPattern, NaiveReference.random(m * ldc, seed: UInt64(m + n))[i * ldc + j].bitPattern, file: file, line: line) }
        }
    }

    func testAllTransposeCombinationsOnOddSizes() {
        for transA in [false, true] {
            for transB in [false, true] {
                // Widths around every form's tile (8, 16, 32 columns) and K blocks of 256.
                for (m, n, k) in [(1, 1, 1), (7, 9, 5), (13, 3, 300), (6, 8, 256), (25, 17, 513), (150, 20, 40),
                                  (12, 32, 9), (7, 33, 257), (6, 63, 31)] {
                    check(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 1, beta: 0, pad: 0, threads: 1)
                    check(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 0.5, beta: 1.5, pad: 3, threads: 1)
                }
            }
        }
    }

    func testLargeBlocksAcrossThreads() {
        check(transA: false, transB: true, m: 200, n: 530, k: 270, alpha: 1, beta: 1, pad: 1, threads: 2)
        check(transA: true, transB: false, m: 600, n: 30, k: 70, alpha: -2, beta: 0, pad: 0, threads: 3)
    }

    func testZeroDepthScalesC() {
        var c: [Float] = [1, 2, 3, 4]
        let a: [Float] = [0], b: [Float] = [0]
        sgemm(transA: false, transB: false, m: 2, n: 2, k: 0, alpha: 1, a: a, lda: 1, b: b, ldb: 2, beta: 2, c: &c, ldc: 2)
        XCTAssertEqual(c, [2, 4, 6, 8])
    }

    func testResultIsBitIdenticalAcrossThreadCounts() {
        let (m, n, k) = (97, 300, 600)
        let a = NaiveReference.random(m * k, seed: 1), b = NaiveReference.random(k * n, seed: 2)
        for form in KernelForm.supported {
            var results: [[Float]] = []
            for threads in [1, 2, 4] {
                var c = [Float](repeating: 0, count: m * n)
                sgemm(transA: false, transB: false, m: m, n: n, k: k, alpha: 1, a: a, lda: k, b: b, ldb: n, beta: 0,
                      c: &c, ldc: n, threads: threads, form: form)
                results.append(c)
            }
            XCTAssertEqual(results[0], results[1], "\(form)")
            XCTAssertEqual(results[0], results[2], "\(form)")
        }
    }

    /// The shapes of the trainer's conv2 products (a 64-image chunk), where most of the training time goes.
    func testTrainerShapesInEveryForm() {
        check(transA: false, transB: false, m: 128, n: 968, k: 576, alpha: 1, beta: 0, pad: 0, threads: 1)   // forward
        check(transA: false, transB: true, m: 128, n: 576, k: 968, alpha: 1, beta: 0, pad: 0, threads: 1)    // weight gradient
        check(transA: true, transB: false, m: 576, n: 968, k: 128, alpha: 1, beta: 0, pad: 0, threads: 1)    // input gradient
    }
}
