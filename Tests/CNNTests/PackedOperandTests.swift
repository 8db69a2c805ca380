@testable import CNN
import EnglishCatalogue
import XCTest

/// The one-row product over packed B panels (one image's fc1) against the naive loop: sizes that leave a
/// partial panel and a partial KC slice, both orientations of B.
final class PackedOperandTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func check(n: Int, k: Int, transposed: Bool, file: StaticString = #filePath, line: UInt = #line) {
        let b = NaiveReference.random(k * n, seed: UInt64(n * 13 + k))    // op(B) is k × n
        let x = NaiveReference.random(k, seed: UInt64(k))
        let packed = b.withUnsafeBufferPointer {
            PackedOperand(side: .b, extent: n, depth: k, matrix: $0.baseAddress!, leadingDimension: transposed ? k : n,
                          transposed: transposed)
        }
        var y = [Float](repeating: .nan, count: n + 3)   // 3 guard values that must stay untouched
        x.withUnsafeBufferPointer { xs in y.withUnsafeMutableBufferPointer { packed.multiplyVector(xs.baseAddress!, into: $0.baseAddress!) } }
        for j in 0..<n {
            var expected: Float = 0
            for p in 0..<k { expected += x[p] * (transposed ? b[j * k + p] : b[p * n + j]) }
            XCTAssertEqual(y[j], expected, accuracy: 1e-5 * Float(k), "n=\(n) k=\(k) column \(j)", file: file, line: line)
        }
        XCTAssertTrue(y[n...].allSatisfy(\.isNaN), "wrote past the \(n) columns", file: file, line: line)
    }

    func testMatchesTheNaiveLoopOnFc1AndOddShapes() {
        check(n: 128, k: 3200, transposed: true)                 // fc1: features × Wᵀ
        check(n: 13, k: GemmKernel.kc + 7, transposed: true)      // partial panel, partial KC slice
        check(n: 40, k: 300, transposed: true)                   // four panels, then one
        check(n: 21, k: 9, transposed: false)                    // three panels, the last partial
        check(n: 5, k: 3, transposed: false)
        check(n: 8, k: 1, transposed: false)
    }
}
