/// Textbook versions of each op, written for clarity only, to check the fast ones against.
enum NaiveReference {
    /// C = alpha·op(A)·op(B) + beta·C, straight triple loop in Double.
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float, a: [Float], lda: Int,
                     b: [Float], ldb: Int, beta: Float, c: [Float], ldc: Int) -> [Float] {
        var out = c
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let x = transA ? a[p * lda + i] : a[i * lda + p]
                    let y = transB ? b[j * ldb + p] : b[p * ldb + j]
                    sum += Double(x) * Double(y)
                }
                out[i * ldc + j] = Float(Double(alpha) * sum + (beta == 0 ? 0 : Double(beta) * Double(c[i * ldc + j])))
            }
        }
        return out
    }

    /// Direct convolution, stride 1, no padding.
    static func convolution(_ x: [Float], channels: Int, height: Int, width: Int,
                            weights: [Float], bias: [Float], outChannels: Int, kernel: Int) -> [Float] {
        let oh = height - kernel + 1, ow = width - kernel + 1
        var y = [Float](repeating: 0, count: outChannels * oh * ow)
        for o in 0..<outChannels {
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var sum = Double(bias[o])
                    for c in 0..<channels {
                        for ky in 0..<kernel {
                            for kx in 0..<kernel {
                                sum += Double(weights[((o * channels + c) * kernel + ky) * kernel + kx])
                                    * Double(x[(c * height + oy + ky) * width + ox + kx])
                            }
                        }
                    }
                    y[(o * oh + oy) * ow + ox] = Float(sum)
                }
            }
        }
        return y
    }

    static func relu(_ x: [Float]) -> [Float] { x.map { $0 > 0 ? $0 : 0 } }

    static func maxPool(_ x: [Float], channels: Int, height: Int, width: Int) -> [Float] {
        var y: [Float] = []
        for c in 0..<channels {
            for py in 0..<(height / 2) {
                for px in 0..<(width / 2) {
                    var best = -Float.infinity
                    for dy in 0..<2 { for dx in 0..<2 { best = max(best, x[(c * height + 2 * py + dy) * width + 2 * px + dx]) } }
                    y.append(best)
                }
            }
        }
        return y
    }

    static func dense(_ x: [Float], weights: [Float], bias: [Float]) -> [Float] {
        bias.indices.map { o in
            Float(x.indices.reduce(Double(bias[o])) { $0 + Double(weights[o * x.count + $1]) * Double(x[$1]) })
        }
    }

    static func softmax(_ x: [Float]) -> [Float] {
        let e = x.map { Foundation.exp(Double($0)) }
        let total = e.reduce(0, +)
        return e.map { Float($0 / total) }
    }

    static func batchNorm(_ x: [Float], gamma: [Float], beta: [Float], mean: [Float], variance: [Float], epsilon: Float) -> [Float] {
        let spatial = x.count / gamma.count
        return x.indices.map { i in
            let c = i / spatial
            return Float((Double(x[i]) - Double(mean[c])) / (Double(variance[c]) + Double(epsilon)).squareRoot()
                         * Double(gamma[c]) + Double(beta[c]))
        }
    }

    /// Seeded values in [-1, 1).
    static func random(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<count).map { _ in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Float(state >> 40) / Float(1 << 23) - 1
        }
    }
}

import Foundation
