/// The batch norm's backward steps for a layer followed by ReLU and 2×2 max-pooling, read from the pooled
/// gradient: only a window's winner gets a gradient (and only if the pooled value is positive, the ReLU's
/// step), so the full-size gradient is zero at three positions in four. Reading the pooled gradient and
/// the winners spares the trainer a cleared full-size map, the scatter into it and a dense pass over it.
/// Layouts as the trainer's: inputs `x [channels][samples][height][width]`, pooled values, gradient and
/// winners `[channels][samples][height/2][width/2]`.
enum PooledBatchNormKernels {
    /// Per-channel Σdy and Σdy·x̂ (added to `sumDy`/`sumDyXhat`), dy being the gradient
    /// `PoolingKernels.maxPool2x2Backward(…, pooled:)` would spread. The same sums as
    /// `BatchNormKernels.accumulateGradientSums` over that map, added in another order.
    static func accumulateGradientSums(pooledGradient dp: UnsafePointer<Float>, winners: UnsafePointer<UInt8>,
                                       pooled: UnsafePointer<Float>, x: UnsafePointer<Float>,
                                       channels: Int, samples: Int, height: Int, width: Int,
                                       mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>,
                                       sumDy: UnsafeMutablePointer<Double>, sumDyXhat: UnsafeMutablePointer<Double>) {
        let outH = height / 2, outW = width / 2
        for c in 0..<channels {
            let m = mean[c]
            var totalA = 0.0, totalB = 0.0
            for s in 0..<samples {
                // Float sums over one sample's windows, folded into Double per sample to keep precision.
                var a: Float = 0, b: Float = 0
                let p = c * samples + s
                let plane = x + p * height * width, base = p * outH * outW
                for oy in 0..<outH {
                    for ox in 0..<outW {
                        let o = base + oy * outW + ox
                        // As reluBackward: closed where the output is <= 0 (a NaN output keeps its gradient).
                        guard !(pooled[o] <= 0) else { continue }
                        let w = Int(winners[o])
                        let g = dp[o]
                        a += g
                        b += g * (plane[(2 * oy + (w >> 1)) * width + 2 * ox + (w & 1)] - m)
                    }
                }
                totalA += Double(a)
                totalB += Double(b)
            }
            sumDy[c] += totalA
            sumDyXhat[c] += totalB * Double(invStd[c])
        }
    }

    /// `BatchNormKernels.inputGradient` of the spread gradient, written in one pass over `dx` (which is
    /// overwritten): every position gets `k·(0 − mean dy − x̂·mean dy·x̂)`, then each open window's winner
    /// `k·(dy − mean dy − x̂·mean dy·x̂)`, the very operations `inputGradient` does at each position, so the
    /// bits are the same.
    static func inputGradient(pooledGradient dp: UnsafePointer<Float>, winners: UnsafePointer<UInt8>,
                              pooled: UnsafePointer<Float>, x: UnsafePointer<Float>,
                              channels: Int, samples: Int, height: Int, width: Int,
                              mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>, gamma: UnsafePointer<Float>,
                              sumDy: UnsafePointer<Float>, sumDyXhat: UnsafePointer<Float>, batchCount: Int,
                              into dx: UnsafeMutablePointer<Float>) {
        let n = Float(batchCount)
        let outH = height / 2, outW = width / 2, area = height * width
        for c in 0..<channels {
            let k = gamma[c] * invStd[c]
            let meanDy = sumDy[c] / n
            let meanDyXhat = sumDyXhat[c] / n
            let m = mean[c], s = invStd[c]
            let input = x + c * samples * area, out = dx + c * samples * area
            for i in 0..<samples * area {
                let xhat = (input[i] - m) * s
                out[i] = k * (0 - meanDy - xhat * meanDyXhat)
            }
            for sample in 0..<samples {
                let p = c * samples + sample
                let plane = p * area, base = p * outH * outW
                for oy in 0..<outH {
                    for ox in 0..<outW {
                        let o = base + oy * outW + ox
                        guard !(pooled[o] <= 0) else { continue }
                        let w = Int(winners[o])
                        let i = plane + (2 * oy + (w >> 1)) * width + 2 * ox + (w & 1)
                        let xhat = (x[i] - m) * s
                        dx[i] = k * (dp[o] - meanDy - xhat * meanDyXhat)
                    }
                }
            }
        }
    }
}
