extension Layers {
    /// Unrolls the k×k patches of a `channels × height × width` image (stride 1, no padding) into a
    /// `(channels·k·k) × (oh·ow)` matrix, row (c, ky, kx), column (oy, ox), so that a convolution is
    /// `W[out, channels·k·k] · columns` (see `sgemm`). `oh = height - k + 1`, `ow = width - k + 1`.
    ///
    /// ```swift
    /// Layers.im2col(input: image, channels: 1, height: 28, width: 28, kernel: 3, columns: cols)  // 9 × 676
    /// ```
    public static func im2col(input: UnsafePointer<Float>, channels: Int, height: Int, width: Int, kernel: Int,
                              columns: UnsafeMutablePointer<Float>) {
        let oh = height - kernel + 1, ow = width - kernel + 1
        var row = columns
        for c in 0..<channels {
            for ky in 0..<kernel {
                for kx in 0..<kernel {
                    let src = input + c * height * width + ky * width + kx
                    for oy in 0..<oh {
                        let line = src + oy * width
                        let out = row + oy * ow
                        for ox in 0..<ow { out[ox] = line[ox] }
                    }
                    row += oh * ow
                }
            }
        }
    }

    /// `im2col` for a 3×3 kernel, written straight into `GemmKernel`'s packed-B layout (NR-column panels
    /// per KC-deep slice, padding columns left untouched — zero them once), saving a copy per image.
    static func im2colPacked3x3(input: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
                                packed: UnsafeMutablePointer<Float>) {
        let oh = height - 2, ow = width - 2, n = oh * ow
        let nr = GemmKernel.nr, kcMax = GemmKernel.kc
        let paddedN = GemmKernel.roundUp(n, nr)
        let depth = channels * 9
        for p in 0..<depth {
            let c = p / 9, ky = (p % 9) / 3, kx = p % 3
            let slice = p / kcMax * kcMax
            let kc = min(kcMax, depth - slice)
            let row = packed + slice * paddedN + (p - slice) * nr
            let src = input + c * height * width + ky * width + kx
            var j = 0
            for oy in 0..<oh {
                let line = src + oy * width
                for ox in 0..<ow {
                    row[(j / nr) * nr * kc + (j % nr)] = line[ox]
                    j += 1
                }
            }
        }
    }
}
