/// 2×2 max-pooling with stride 2 over planes (`[planes][height][width]`); odd sizes drop the last row/col
/// like PyTorch's `MaxPool2d(2)`.
enum PoolingKernels {
    /// Writes the maxima and, per output, which of the four inputs won (0...3, row-major in the window; the
    /// first of equal values wins).
    static func maxPool2x2(_ x: UnsafePointer<Float>, planes: Int, height: Int, width: Int,
                           into y: UnsafeMutablePointer<Float>, winners: UnsafeMutablePointer<UInt8>) {
        let outH = height / 2, outW = width / 2
        for p in 0..<planes {
            poolPlane(x + p * height * width, width: width, outH: outH, outW: outW,
                      into: y + p * outH * outW, winners: winners + p * outH * outW, { $0 }, { $0 })
        }
    }

    /// Batch norm, ReLU and `maxPool2x2` in one pass over `x [channels][samples][height][width]`: every
    /// input becomes `max(0, x · scale + shift)` (scale = gamma·invStd, shift = beta − mean·scale, exactly
    /// as `BatchNormKernels.normalize` computes it) before the windows compare them, so the results are
    /// those of the two kernels in a row, without writing and reading back the full-size normalised maps
    /// (the backward pass needs only the pooled outputs and the winners).
    static func normalizeReLUMaxPool2x2(_ x: UnsafePointer<Float>, channels: Int, samples: Int, height: Int, width: Int,
                                        mean: UnsafePointer<Float>, invStd: UnsafePointer<Float>,
                                        gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>,
                                        into y: UnsafeMutablePointer<Float>, winners: UnsafeMutablePointer<UInt8>) {
        let outH = height / 2, outW = width / 2
        for c in 0..<channels {
            let scale = gamma[c] * invStd[c]
            let shift = beta[c] - mean[c] * scale
            let scales = SIMD8<Float>(repeating: scale), shifts = SIMD8<Float>(repeating: shift)
            for s in 0..<samples {
                let p = c * samples + s
                poolPlane(x + p * height * width, width: width, outH: outH, outW: outW,
                          into: y + p * outH * outW, winners: winners + p * outH * outW,
                          { value in
                              // Swift's max(0, v) lane by lane: v unless v >= 0 fails (negative or NaN), then 0.
                              let v = value * scales + shifts
                              return v.replacing(with: 0, where: .!(v .>= 0))
                          },
                          { max(0, $0 * scale + shift) })
            }
        }
    }

    /// One plane's windows, each input passed through `vector` (8 at a time) or `scalar` first: four windows
    /// per step, the even and odd lanes of 8 inputs being the windows' left and right columns, then the
    /// rest one by one. Loads never reach past the plane: the vector steps end at 2 · outW ≤ width.
    @inline(__always)
    private static func poolPlane(_ input: UnsafePointer<Float>, width: Int, outH: Int, outW: Int,
                                  into out: UnsafeMutablePointer<Float>, winners won: UnsafeMutablePointer<UInt8>,
                                  _ vector: (SIMD8<Float>) -> SIMD8<Float>, _ scalar: (Float) -> Float) {
        for oy in 0..<outH {
            let top = input + 2 * oy * width, bottom = top + width
            let row = out + oy * outW, rowWinners = won + oy * outW
            var ox = 0
            while ox &+ 4 <= outW {
                let t = vector(UnsafeRawPointer(top + 2 &* ox).loadUnaligned(as: SIMD8<Float>.self))
                let b = vector(UnsafeRawPointer(bottom + 2 &* ox).loadUnaligned(as: SIMD8<Float>.self))
                var best = t.evenHalf, which = SIMD4<Int32>(repeating: 0)
                var mask = t.oddHalf .> best
                best.replace(with: t.oddHalf, where: mask); which.replace(with: 1, where: mask)
                mask = b.evenHalf .> best
                best.replace(with: b.evenHalf, where: mask); which.replace(with: 2, where: mask)
                mask = b.oddHalf .> best
                best.replace(with: b.oddHalf, where: mask); which.replace(with: 3, where: mask)
                UnsafeMutableRawPointer(row + ox).storeBytes(of: best, as: SIMD4<Float>.self)
                UnsafeMutableRawPointer(rowWinners + ox).storeBytes(of: SIMD4<UInt8>(truncatingIfNeeded: which), as: SIMD4<UInt8>.self)
                ox &+= 4
            }
            while ox < outW {
                var best = scalar(top[2 * ox]), which: UInt8 = 0
                let topRight = scalar(top[2 * ox + 1]), bottomLeft = scalar(bottom[2 * ox]), bottomRight = scalar(bottom[2 * ox + 1])
                if topRight > best { best = topRight; which = 1 }
                if bottomLeft > best { best = bottomLeft; which = 2 }
                if bottomRight > best { best = bottomRight; which = 3 }
                row[ox] = best
                rowWinners[ox] = which
                ox &+= 1
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
                    // As reluBackward: closed where the output is <= 0 (a NaN output keeps its gradient).
                    let open = pooled.map { !($0[base + oy * outW + ox] <= 0) } ?? true
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
