/// 3×3 valid convolution as a matrix multiply (im2col), for activations laid out channel-major over a
/// chunk of samples: `[channel][sample][row][col]`.
enum ConvolutionKernels {
    /// Unfolds `x [channels][samples][height][width]` into `col [channels*9][samples*outH*outW]`
    /// (outH = height-2, outW = width-2), so the convolution is `W[out×channels*9] · col`.
    static func im2col3x3(_ x: UnsafePointer<Float>, channels: Int, samples: Int, height: Int, width: Int,
                          into col: UnsafeMutablePointer<Float>) {
        let outH = height - 2, outW = width - 2
        let columns = samples * outH * outW
        for c in 0..<channels {
            for ky in 0..<3 {
                for kx in 0..<3 {
                    let row = col + ((c * 9 + ky * 3 + kx) * columns)
                    var o = 0
                    for s in 0..<samples {
                        let plane = x + (c * samples + s) * height * width
                        for oy in 0..<outH {
                            let source = plane + (oy + ky) * width + kx
                            for ox in 0..<outW { row[o + ox] = source[ox] }
                            o += outW
                        }
                    }
                }
            }
        }
    }

    /// The adjoint of `im2col3x3`: adds each column entry back onto the input position it came from.
    /// `dx` is overwritten.
    static func col2im3x3(_ col: UnsafePointer<Float>, channels: Int, samples: Int, height: Int, width: Int,
                          into dx: UnsafeMutablePointer<Float>) {
        let outH = height - 2, outW = width - 2
        let columns = samples * outH * outW
        dx.update(repeating: 0, count: channels * samples * height * width)
        for c in 0..<channels {
            for ky in 0..<3 {
                for kx in 0..<3 {
                    let row = col + ((c * 9 + ky * 3 + kx) * columns)
                    var o = 0
                    for s in 0..<samples {
                        let plane = dx + (c * samples + s) * height * width
                        for oy in 0..<outH {
                            let target = plane + (oy + ky) * width + kx
                            for ox in 0..<outW { target[ox] += row[o + ox] }
                            o += outW
                        }
                    }
                }
            }
        }
    }

    /// Adds `bias[r]` to every entry of row `r` of `x [rows][length]`.
    static func addRowBias(_ x: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>, rows: Int, length: Int) {
        for r in 0..<rows {
            let b = bias[r]
            let line = x + r * length
            for i in 0..<length { line[i] += b }
        }
    }

    /// `out[r] = Σ_i x[r][i]` (the bias gradient), overwriting `out`.
    static func rowSums(_ x: UnsafePointer<Float>, rows: Int, length: Int, into out: UnsafeMutablePointer<Float>) {
        for r in 0..<rows {
            let line = x + r * length
            var acc = SIMD8<Float>()
            var i = 0
            while i + 8 <= length {
                acc += UnsafeRawPointer(line + i).loadUnaligned(as: SIMD8<Float>.self)
                i += 8
            }
            var sum = acc.sum()
            while i < length { sum += line[i]; i += 1 }
            out[r] = sum
        }
    }
}
