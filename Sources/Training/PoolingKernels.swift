/// 2×2 max-pooling with stride 2 over planes (`[planes][height][width]`); odd sizes drop the last row/col
/// like PyTorch's `MaxPool2d(2)`.
enum PoolingKernels {
    /// Writes the maxima and, per output, which of the four inputs won (0...3, row-major in the window).
    static func maxPool2x2(_ x: UnsafePointer<Float>, planes: Int, height: Int, width: Int,
                           into y: UnsafeMutablePointer<Float>, winners: UnsafeMutablePointer<UInt8>) {
        let outH = height / 2, outW = width / 2
        for p in 0..<planes {
            let input = x + p * height * width
            let base = p * outH * outW
            for oy in 0..<outH {
                let top = input + 2 * oy * width, bottom = top + width
                for ox in 0..<outW {
                    var best = top[2 * ox], which: UInt8 = 0
                    if top[2 * ox + 1] > best { best = top[2 * ox + 1]; which = 1 }
                    if bottom[2 * ox] > best { best = bottom[2 * ox]; which = 2 }
                    if bottom[2 * ox + 1] > best { best = bottom[2 * ox + 1]; which = 3 }
                    y[base + oy * outW + ox] = best
                    winners[base + oy * outW + ox] = which
                }
            }
        }
    }

    /// Routes each output gradient to the input that won; `dx` is overwritten (zeros elsewhere).
    static func maxPool2x2Backward(_ dy: UnsafePointer<Float>, winners: UnsafePointer<UInt8>, planes: Int,
                                   height: Int, width: Int, into dx: UnsafeMutablePointer<Float>) {
        let outH = height / 2, outW = width / 2
        dx.update(repeating: 0, count: planes * height * width)
        for p in 0..<planes {
            let output = dx + p * height * width
            let base = p * outH * outW
            for oy in 0..<outH {
                for ox in 0..<outW {
                    let w = Int(winners[base + oy * outW + ox])
                    output[(2 * oy + (w >> 1)) * width + 2 * ox + (w & 1)] = dy[base + oy * outW + ox]
                }
            }
        }
    }

    /// ReLU backward in place: zero the gradient where the forward output was not positive.
    static func reluBackward(_ dy: UnsafeMutablePointer<Float>, output: UnsafePointer<Float>, count: Int) {
        for i in 0..<count where output[i] <= 0 { dy[i] = 0 }
    }
}
