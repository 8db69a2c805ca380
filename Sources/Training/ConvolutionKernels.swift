/// 3×3 valid convolution as a matrix multiply (im2col), for activations laid out channel-major over a
/// chunk of samples: `[channel][sample][row][col]`.
enum ConvolutionKernels {
    /// Unfolds `x [channels][samples][height][width]` into `col [channels*9][samples*outH*outW]`
    /// (outH = height-2, outW = width-2), so the convolution is `W[out×channels*9] · col`. `channelStride`
    /// (floats from one channel's first plane to the next's; default `samples·height·width`) lets `x` be
    /// a group of samples inside a larger chunk.
    static func im2col3x3(_ x: UnsafePointer<Float>, channels: Int, samples: Int, height: Int, width: Int,
                          channelStride: Int? = nil, into col: UnsafeMutablePointer<Float>) {
        let outH = height - 2, outW = width - 2
        let columns = samples * outH * outW
        let stride = channelStride ?? samples * height * width
        for c in 0..<channels {
            for ky in 0..<3 {
                for kx in 0..<3 {
                    let row = col + ((c * 9 + ky * 3 + kx) * columns)
                    var o = 0
                    for s in 0..<samples {
                        var source = UnsafePointer(x + c * stride + s * height * width + ky * width + kx)
                        for _ in 0..<outH {
                            copyRow(source, row + o, count: outW)
                            source += width
                            o &+= outW
                        }
                    }
                }
            }
        }
    }

    /// The adjoint of `im2col3x3`: adds each column entry back onto the input position it came from.
    /// The samples' planes of `dx` are overwritten (with `channelStride`, only theirs).
    static func col2im3x3(_ col: UnsafePointer<Float>, channels: Int, samples: Int, height: Int, width: Int,
                          channelStride: Int? = nil, into dx: UnsafeMutablePointer<Float>) {
        let outH = height - 2, outW = width - 2
        let columns = samples * outH * outW
        let stride = channelStride ?? samples * height * width
        for c in 0..<channels { (dx + c * stride).update(repeating: 0, count: samples * height * width) }
        for c in 0..<channels {
            for ky in 0..<3 {
                for kx in 0..<3 {
                    let row = col + ((c * 9 + ky * 3 + kx) * columns)
                    var o = 0
                    for s in 0..<samples {
                        var target = dx + c * stride + s * height * width + ky * width + kx
                        for _ in 0..<outH {
                            addRow(row + o, into: target, count: outW)
                            target += width
                            o &+= outW
                        }
                    }
                }
            }
        }
    }

    /// `count` floats from `source` to `target` (not overlapping), 8 at a time; a last partial vector is
    /// written as the final 8 floats again, which rewrites a few with the same values.
    @inline(__always)
    static func copyRow(_ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Float>, count: Int) {
        guard count >= 8 else {
            for i in 0..<count { target[i] = source[i] }
            return
        }
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        var i = 0
        while i &+ 8 <= count {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: 4 &* i, as: SIMD8<Float>.self), toByteOffset: 4 &* i, as: SIMD8<Float>.self)
            i &+= 8
        }
        if i < count {
            let last = 4 &* (count &- 8)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: last, as: SIMD8<Float>.self), toByteOffset: last, as: SIMD8<Float>.self)
        }
    }

    /// `target[i] += source[i]` for `count` floats, 8 at a time, then one by one.
    @inline(__always)
    static func addRow(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        var i = 0
        while i &+ 8 <= count {
            let sum = UnsafeRawPointer(to).loadUnaligned(fromByteOffset: 4 &* i, as: SIMD8<Float>.self)
                + from.loadUnaligned(fromByteOffset: 4 &* i, as: SIMD8<Float>.self)
            to.storeBytes(of: sum, toByteOffset: 4 &* i, as: SIMD8<Float>.self)
            i &+= 8
        }
        while i < count {
            target[i] += source[i]
            i &+= 1
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
