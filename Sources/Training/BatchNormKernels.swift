/// Batch normalisation over `x [channels][length]` (length = samples × positions of one chunk), split in the
/// steps that need a reduction over the whole batch in between (the trainer sums chunk partials in a fixed
/// order, so results do not depend on thread timing).
enum BatchNormKernels {
    /// Per-channel Σx and Σx² of one chunk, in Double (added to `sums`/`squares`).
    static func accumulateMoments(_ x: UnsafePointer<Float>, channels: Int, length: Int,
                                  sums: UnsafeMutablePointer<Double>, squares: UnsafeMutablePointer<Double>) {
        for c in 0..<channels {
            let line = x + c * length
            var s = SIMD8<Float>(), q = SIMD8<Float>()
            var total = 0.0, totalSquares = 0.0
            var i = 0
            // Float partials over short runs, folded into Double every 1,024 values to keep precision.
            while i < length {
                let end = min(length, i + 1024)
                s = .zero; q = .zero
                while i + 8 <= end {
                    let v = UnsafeRawPointer(line + i).loadUnaligned(as: SIMD8<Float>.self)
                    s += v
                    q += v * v
                    i += 8
                }
                var ss = Double(s.sum()), qq = Double(q.sum())
                while i < end { let v = Double(line[i]); ss += v; qq += v * v; i += 1 }
                total += ss
                totalSquares += qq
            }
            sums[c] += total
            squares[c] += totalSquares
        }
    }

    /// `y = gamma * (x - mean) * invStd + beta`, then ReLU if `relu`.
    static func normalize(_ x: UnsafePointer<Float>, channels: Int, length: Int,
                          mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>,
                          gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>,
                          relu: Bool, into y: UnsafeMutablePointer<Float>) {
        for c in 0..<channels {
            let scale = gamma[c] * invStd[c]
            let shift = beta[c] - mean[c] * scale
            let input = x + c * length, output = y + c * length
            if relu {
                for i in 0..<length { output[i] = max(0, input[i] * scale + shift) }
            } else {
                for i in 0..<length { output[i] = input[i] * scale + shift }
            }
        }
    }

    /// Per-channel Σdy and Σdy·x̂ of one chunk (added to `sumDy`/`sumDyXhat`), x̂ = (x - mean)·invStd.
    static func accumulateGradientSums(dy: UnsafePointer<Float>, x: UnsafePointer<Float>, channels: Int, length: Int,
                                       mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>,
                                       sumDy: UnsafeMutablePointer<Double>, sumDyXhat: UnsafeMutablePointer<Double>) {
        for c in 0..<channels {
            let g = dy + c * length, input = x + c * length
            let m = mean[c]
            var a = SIMD8<Float>(), b = SIMD8<Float>()
            let mv = SIMD8<Float>(repeating: m)
            var i = 0
            while i + 8 <= length {
                let gv = UnsafeRawPointer(g + i).loadUnaligned(as: SIMD8<Float>.self)
                let xv = UnsafeRawPointer(input + i).loadUnaligned(as: SIMD8<Float>.self)
                a += gv
                b += gv * (xv - mv)
                i += 8
            }
            var sa = Double(a.sum()), sb = Double(b.sum())
            while i < length { sa += Double(g[i]); sb += Double(g[i] * (input[i] - m)); i += 1 }
            sumDy[c] += sa
            sumDyXhat[c] += sb * Double(invStd[c])
        }
    }

    /// dx = gamma·invStd/N · (N·dy − Σdy − x̂·Σdy·x̂), with the sums over the whole batch (N values per channel).
    static func inputGradient(dy: UnsafePointer<Float>, x: UnsafePointer<Float>, channels: Int, length: Int,
                              mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>, gamma: UnsafePointer<Float>,
                              sumDy: UnsafePointer<Float>, sumDyXhat: UnsafePointer<Float>, batchCount: Int,
                              into dx: UnsafeMutablePointer<Float>) {
        let n = Float(batchCount)
        for c in 0..<channels {
            let k = gamma[c] * invStd[c]
            let meanDy = sumDy[c] / n
            let meanDyXhat = sumDyXhat[c] / n
            let g = dy + c * length, input = x + c * length, out = dx + c * length
            let m = mean[c], s = invStd[c]
            for i in 0..<length {
                let xhat = (input[i] - m) * s
                out[i] = k * (g[i] - meanDy - xhat * meanDyXhat)
            }
        }
    }
}
