/// 2×2 max-pooling with stride 2 over planes (`[planes][height][width]`); odd sizes drop the last row/col
/// like PyTorch's `MaxPool2d(2)`.
enum PoolingKernels {
    /// Writes the maxima and, per output, which of the four inputs won (0...3, row-major in the window; the
    /// first of equal values wins).
    static func maxPool2x2(_ x: UnsafePointer<Float>, planes: Int, height: Int, width: Int,
                           into y: UnsafeMutablePointer<Float>, winners: UnsafeMutablePointer<UInt8>) {
        let outH = height / 2, outW = width / 2
        for p in 0..<planes {
            let input = x + p * height * width
            let base = p * outH * outW
            for oy in 0..<outH {
                let top = input + 2 * oy * width, bottom = top + width
                let out = y + base + oy * outW, won = winners + base + oy * outW
                var ox = 0
                // Four windows at a time: even and odd lanes of 8 floats are the windows' left and right inputs.
                while ox &+ 4 <= outW {
                    let t = UnsafeRawPointer(top + 2 &* ox).loadUnaligned(as: SIMD8<Float>.self)
                    let b = UnsafeRawPointer(bottom + 2 &* ox).loadUnaligned(as: SIMD8<Float>.self)
                    var best = t.evenHalf, which = SIMD4<Int32>(repeating: 0)
                    var mask = t.oddHalf .> best
                    best.replace(with: t.oddHalf, where: mask); which.replace(with: 1, where: mask)
                    mask = b.evenHalf .> best
                    best.replace(with: b.evenHalf, where: mask); which.replace(with: 2, where: mask)
                    mask = b.oddHalf .> best
                    best.replace(with: b.oddHalf, where: mask); which.replace(with: 3, where: mask)
                    UnsafeMutableRawPointer(out + ox).storeBytes(of: best, as: SIMD4<Float>.self)
                    UnsafeMutableRawPointer(won + ox).storeBytes(of: SIMD4<UInt8>(truncatingIfNeeded: which), as: SIMD4<UInt8>.self)
                    ox &+= 4
                }
                while ox < outW {
                    var best = top[2 * ox], which: UInt8 = 0
                    if top[2 * ox + 1] > best { best = top[2 * ox + 1]; which = 1 }
                    if bottom[2 * ox] > best { best = bottom[2 * ox]; which = 2 }
                    if bottom[2 * ox + 1] > best { best = bottom[2 * ox + 1]; which = 3 }
                    out[ox] = best
                    won[ox] = which
                    ox &+= 1
                }
            }
        }
    }

    /// Routes each output gradient to the input that won; `dx` is overwritten (zeros elsewhere). With
    /// `pooled` (the forward outputs of a pool after a ReLU), a window whose maximum is not positive gets
    /// no gradient: that is the ReLU's backward step for every input at once, since only the winner can
    /// receive one, so the full-size `reluBackward` pass over `dx` is not needed.
    static func maxPool2x2Backward(_ dy: UnsafePointer<Float>, winners: UnsafePointer<UInt8>, planes: Int,
                                   height: Int, width: Int, pooled: UnsafePointer<Float>? = nil,
                                   into dx: UnsafeMutablePointer<Float>) {
        let outH = height / 2, outW = width / 2
        dx.update(repeating: 0, count: planes * height * width)
        for p in 0..<planes {
            let output = dx + p * height * width
            let base = p * outH * outW
            for oy in 0..<outH {
                for ox in 0..<outW {
                    let w = Int(winners[base + oy * outW + ox])
                    let open = pooled.map { $0[base + oy * outW + ox] > 0 } ?? true
                    output[(2 * oy + (w >> 1)) * width + 2 * ox + (w & 1)] = open ? dy[base + oy * outW + ox] : 0
                }
            }
        }
    }

    /// ReLU backward in place: zero the gradient where the forward output was not positive.
    static func reluBackward(_ dy: UnsafeMutablePointer<Float>, output: UnsafePointer<Float>, count: Int) {
        for i in 0..<count where output[i] <= 0 { dy[i] = 0 }
    }
}
