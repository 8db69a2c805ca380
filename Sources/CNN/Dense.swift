extension Layers {
    /// Fully connected layer for one input vector: `y[o] = bias[o] + Σ_i weights[o, i] · x[i]`
    /// (weights `outputs × inputs`, PyTorch `Linear` layout).
    ///
    /// ```swift
    /// let logits = Layers.dense(hidden, weights: fc2W, bias: fc2B)   // 10 values
    /// ```
    public static func dense(_ x: [Float], weights: [Float], bias: [Float]) -> [Float] {
        precondition(bias.count > 0 && weights.count == bias.count * x.count, "dense: sizes do not match")
        var y = [Float](repeating: 0, count: bias.count)
        x.withUnsafeBufferPointer { xp in
            weights.withUnsafeBufferPointer { wp in
                bias.withUnsafeBufferPointer { bp in
                    y.withUnsafeMutableBufferPointer { yp in
                        dense(xp.baseAddress!, weights: wp.baseAddress!, bias: bp.baseAddress!,
                              inputs: x.count, outputs: bias.count, relu: false, output: yp.baseAddress!)
                    }
                }
            }
        }
        return y
    }

    /// Matrix-vector kernel behind `dense`, with an optional ReLU; SIMD dot products, four rows at a time
    /// so each load of `x` feeds four accumulators.
    static func dense(_ x: UnsafePointer<Float>, weights: UnsafePointer<Float>, bias: UnsafePointer<Float>,
                      inputs: Int, outputs: Int, relu: Bool, output: UnsafeMutablePointer<Float>) {
        let vectorEnd = inputs / 8 * 8
        let xr = UnsafeRawPointer(x)
        var o = 0
        while o < outputs {
            let rows = min(4, outputs - o)
            var acc = (SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>())
            let w0 = UnsafeRawPointer(weights + o * inputs)
            let w1 = UnsafeRawPointer(weights + (o + min(1, rows - 1)) * inputs)
            let w2 = UnsafeRawPointer(weights + (o + min(2, rows - 1)) * inputs)
            let w3 = UnsafeRawPointer(weights + (o + min(3, rows - 1)) * inputs)
            var i = 0
            while i < vectorEnd {
                let xv = xr.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
                acc.0 += w0.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self) * xv
                acc.1 += w1.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self) * xv
                acc.2 += w2.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self) * xv
                acc.3 += w3.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self) * xv
                i += 8
            }
            var sums = SIMD4<Float>(acc.0.sum(), acc.1.sum(), acc.2.sum(), acc.3.sum())
            for r in 0..<rows {
                let w = weights + (o + r) * inputs
                for t in vectorEnd..<inputs { sums[r] += w[t] * x[t] }
                let y = sums[r] + bias[o + r]
                output[o + r] = relu ? max(y, 0) : y
            }
            o += rows
        }
    }
}
