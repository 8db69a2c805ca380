extension Layers {
    /// The network's conv2 step as one call: 3×3 convolution (stride 1, no padding) by Winograd
    /// F(2×2, 3×3), then bias, ReLU and 2×2 max-pool — the same result as
    /// `maxPool2x2(relu(convolution(...)))` up to float rounding. Output `outChannels × t × t'` with
    /// `t = (height - 2) / 2`, `t' = (width - 2) / 2` (an odd last output row/column is dropped by the pool).
    ///
    /// ```swift
    /// let features = Layers.winogradConvolutionReLUPool(input: pooled, channels: 64, height: 13, width: 13,
    ///                                                   weights: conv2W, bias: conv2B, outChannels: 128)  // 128·5·5
    /// ```
    public static func winogradConvolutionReLUPool(input: [Float], channels: Int, height: Int, width: Int,
                                                   weights: [Float], bias: [Float], outChannels: Int) -> [Float] {
        precondition(input.count == channels * height * width && weights.count == outChannels * channels * 9
                     && bias.count == outChannels && height >= 4 && width >= 4, "winogradConvolutionReLUPool: sizes do not match")
        let tilesY = (height - 2) / 2, tilesX = (width - 2) / 2, tiles = tilesY * tilesX
        let vStride = Winograd.matrixStride(channels * GemmKernel.roundUp(tiles, GemmKernel.nr))
        let mStride = Winograd.matrixStride(outChannels * tiles)
        var v = [Float](repeating: 0, count: 16 * vStride)
        var m = [Float](repeating: 0, count: 16 * mStride)
        var output = [Float](repeating: 0, count: outChannels * tiles)
        let u = Winograd.transformWeights(weights, outChannels: outChannels, inChannels: channels).map { matrix in
            matrix.withUnsafeBufferPointer {
                PackedOperand(side: .a, extent: outChannels, depth: channels, matrix: $0.baseAddress!,
                              leadingDimension: channels, transposed: false, broadcast: true)
            }
        }
        input.withUnsafeBufferPointer { x in
            v.withUnsafeMutableBufferPointer { vp in
                m.withUnsafeMutableBufferPointer { mp in
                    Winograd.transformInput(x.baseAddress!, channels: channels, height: height, width: width,
                                            tilesY: tilesY, tilesX: tilesX, packed: vp.baseAddress!, stride: vStride)
                    let paddedN = GemmKernel.roundUp(tiles, GemmKernel.nr)
                    for xi in 0..<16 {
                        let packed = u[xi], base = UnsafePointer(vp.baseAddress! + xi * vStride)
                        GemmKernel.multiply(m: outChannels, n: tiles, k: channels, alpha: 1, beta: 0,
                                            c: mp.baseAddress! + xi * mStride, ldc: tiles,
                                            packA: { _, i0, _, p0, kc in packed.block(first: i0, p0: p0, kc: kc) },
                                            packB: { _, j0, _, p0, kc in base + p0 * paddedN + j0 * kc },
                                            allocateScratch: false, broadcastA: true)
                    }
                    bias.withUnsafeBufferPointer { b in
                        output.withUnsafeMutableBufferPointer { out in
                            Winograd.transformOutputBiasReLUPool(mp.baseAddress!, ldm: tiles, stride: mStride,
                                                                 outChannels: outChannels, tiles: tiles,
                                                                 bias: b.baseAddress!, output: out.baseAddress!)
                        }
                    }
                }
            }
        }
        return output
    }
}
