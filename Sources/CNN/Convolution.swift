extension Layers {
    /// 2-D convolution, stride 1, no padding, via `im2col` + `sgemm`:
    /// `output[o, y, x] = bias[o] + Σ_{c,ky,kx} weights[o, c, ky, kx] · input[c, y+ky, x+kx]`.
    /// Output is `outChannels × (height-k+1) × (width-k+1)`.
    ///
    /// ```swift
    /// let out = Layers.convolution(input: image, channels: 1, height: 28, width: 28,
    ///                              weights: conv1W, bias: conv1B, outChannels: 64, kernel: 3)  // 64·26·26
    /// ```
    public static func convolution(input: [Float], channels: Int, height: Int, width: Int,
                                   weights: [Float], bias: [Float], outChannels: Int, kernel: Int) -> [Float] {
        precondition(input.count == channels * height * width && weights.count == outChannels * channels * kernel * kernel
                     && bias.count == outChannels, "convolution: sizes do not match")
        let oh = height - kernel + 1, ow = width - kernel + 1, depth = channels * kernel * kernel
        var columns = [Float](repeating: 0, count: depth * oh * ow)
        var output = [Float](repeating: 0, count: outChannels * oh * ow)
        input.withUnsafeBufferPointer { x in
            columns.withUnsafeMutableBufferPointer { cols in
                im2col(input: x.baseAddress!, channels: channels, height: height, width: width, kernel: kernel,
                       columns: cols.baseAddress!)
            }
        }
        for o in 0..<outChannels {
            for i in 0..<(oh * ow) { output[o * oh * ow + i] = bias[o] }
        }
        weights.withUnsafeBufferPointer { w in
            columns.withUnsafeBufferPointer { cols in
                output.withUnsafeMutableBufferPointer { out in
                    sgemm(transA: false, transB: false, m: outChannels, n: oh * ow, k: depth, alpha: 1,
                          a: w.baseAddress!, lda: depth, b: cols.baseAddress!, ldb: oh * ow,
                          beta: 1, c: out.baseAddress!, ldc: oh * ow)
                }
            }
        }
        return output
    }
}
