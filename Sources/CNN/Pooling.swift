extension Layers {
    /// 2×2 max-pooling, stride 2, odd edges dropped (PyTorch `MaxPool2d(2)`): `channels × height × width`
    /// → `channels × height/2 × width/2`.
    ///
    /// ```swift
    /// let pooled = Layers.maxPool2x2(x, channels: 64, height: 26, width: 26)   // 64 × 13 × 13
    /// ```
    public static func maxPool2x2(_ x: [Float], channels: Int, height: Int, width: Int) -> [Float] {
        precondition(x.count == channels * height * width, "maxPool2x2: size does not match")
        let ph = height / 2, pw = width / 2
        var y = [Float](repeating: 0, count: channels * ph * pw)
        for c in 0..<channels {
            for py in 0..<ph {
                for px in 0..<pw {
                    let top = c * height * width + 2 * py * width + 2 * px
                    y[(c * ph + py) * pw + px] = max(max(x[top], x[top + 1]), max(x[top + width], x[top + width + 1]))
                }
            }
        }
        return y
    }

    /// The network's fused step after a convolution: per-channel bias, ReLU and 2×2 max-pool in one pass
    /// (`max` commutes with adding a constant and with ReLU, so pooling first saves three quarters of the work).
    /// Same result as `maxPool2x2(relu(x + bias))`.
    static func biasReLUMaxPool2x2(_ x: UnsafePointer<Float>, bias: UnsafePointer<Float>, channels: Int,
                                   height: Int, width: Int, output: UnsafeMutablePointer<Float>) {
        let ph = height / 2, pw = width / 2
        var out = output
        for c in 0..<channels {
            let plane = x + c * height * width
            let b = bias[c]
            for py in 0..<ph {
                let top = plane + 2 * py * width
                let bottom = top + width
                for px in 0..<pw {
                    let m = max(max(top[2 * px], top[2 * px + 1]), max(bottom[2 * px], bottom[2 * px + 1]))
                    out[px] = max(m + b, 0)
                }
                out += pw
            }
        }
    }
}
