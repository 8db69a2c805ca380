/// Winograd F(2×2, 3×3) convolution (Lavin & Gray, 2015): each 2×2 block of output is computed from a
/// 4×4 input patch with 16 multiplies per (input, output) channel pair instead of 36. The work becomes
/// 16 independent matrix products `M_ξ[out, tile] = U_ξ[out, in] · V_ξ[in, tile]`, ξ over the 4×4
/// transformed positions:
///
///     U = G g Gᵀ   (weights, once at load)      G  = [1 0 0; ½ ½ ½; ½ -½ ½; 0 0 1]
///     V = Bᵀ d B   (each 4×4 input patch)        Bᵀ = [1 0 -1 0; 0 1 1 0; 0 -1 1 0; 0 1 0 -1]
///     Y = Aᵀ M A   (each 2×2 output block)        Aᵀ = [1 1 1 0; 0 1 -1 -1]
///
/// conv2 of astro-cnn-v1 only needs its top-left 10×10 outputs (the 2×2 pool drops row and column 10),
/// exactly 5×5 tiles, and each tile's 2×2 output block is one pooling window — so the output transform
/// is fused with bias, ReLU and max-pool. 17.8 MFLOP of direct convolution become 6.6 MFLOP of products.
enum Winograd {
    /// Floats between consecutive ξ matrices of `count` floats: rounded to a cache line plus one more, so
    /// the 16 matrices a tile touches do not all fall in the same L1 cache set (8 KiB strides would).
    static func matrixStride(_ count: Int) -> Int { GemmKernel.roundUp(count, 16) + 16 }

    /// The 16 transformed weight matrices `U_ξ` (`outChannels × inChannels` each) of 3×3 weights
    /// laid out `[out, in, 3, 3]`.
    static func transformWeights(_ g: [Float], outChannels: Int, inChannels: Int) -> [[Float]] {
        var u = [Float](repeating: 0, count: 16 * outChannels * inChannels)
        let plane = outChannels * inChannels
        for pair in 0..<plane {
            let k = pair * 9
            // G g: 4 rows × 3 columns, stored row-major in gg.
            var gg = [Float](repeating: 0, count: 12)
            for col in 0..<3 {
                let (a, b, d) = (g[k + col], g[k + 3 + col], g[k + 6 + col])
                gg[col] = a
                gg[3 + col] = 0.5 * (a + b + d)
                gg[6 + col] = 0.5 * (a - b + d)
                gg[9 + col] = d
            }
            // (G g) Gᵀ: 4 × 4, element (r, col) goes to matrix ξ = 4r + col.
            for r in 0..<4 {
                let (a, b, d) = (gg[3 * r], gg[3 * r + 1], gg[3 * r + 2])
                u[(r * 4 + 0) * plane + pair] = a
                u[(r * 4 + 1) * plane + pair] = 0.5 * (a + b + d)
                u[(r * 4 + 2) * plane + pair] = 0.5 * (a - b + d)
                u[(r * 4 + 3) * plane + pair] = d
            }
        }
        return (0..<16).map { Array(u[($0 * plane)..<(($0 + 1) * plane)]) }
    }

    /// Transforms the 4×4 patches (stride 2) of a `channels × height × width` input, `tilesY × tilesX`
    /// tiles, into 16 matrices `V_ξ[channel, tile]` written in `GemmKernel`'s packed-B layout, one after
    /// another `stride` floats apart (`≥ channels × roundUp(tiles, NR)`, see `matrixStride`); padding columns
    /// are left untouched — zero them once.
    static func transformInput(_ input: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
                               tilesY: Int, tilesX: Int, packed: UnsafeMutablePointer<Float>, stride: Int) {
        let nr = GemmKernel.nr, kcMax = GemmKernel.kc
        let tiles = tilesY * tilesX
        let paddedN = GemmKernel.roundUp(tiles, nr)
        precondition(stride >= channels * paddedN, "Winograd: matrix stride too small")
        for c in 0..<channels {
            let slice = c / kcMax * kcMax
            let kc = min(kcMax, channels - slice)
            let channelBase = packed + slice * paddedN + (c - slice) * nr
            let plane = input + c * height * width
            for ty in 0..<tilesY {
                for tx in 0..<tilesX {
                    let tile = ty * tilesX + tx
                    let p = plane + 2 * ty * width + 2 * tx
                    let r0 = SIMD4<Float>(p[0], p[1], p[2], p[3])
                    let r1 = SIMD4<Float>(p[width], p[width + 1], p[width + 2], p[width + 3])
                    let r2 = SIMD4<Float>(p[2 * width], p[2 * width + 1], p[2 * width + 2], p[2 * width + 3])
                    let r3 = SIMD4<Float>(p[3 * width], p[3 * width + 1], p[3 * width + 2], p[3 * width + 3])
                    // Bᵀ d, row by row.
                    let t = (r0 - r2, r1 + r2, r2 - r1, r1 - r3)
                    let out = channelBase + (tile / nr) * nr * kc + (tile % nr)
                    // (Bᵀ d) B: column combinations of each row.
                    @inline(__always) func put(_ r: Int, _ row: SIMD4<Float>) {
                        out[(r * 4 + 0) * stride] = row[0] - row[2]
                        out[(r * 4 + 1) * stride] = row[1] + row[2]
                        out[(r * 4 + 2) * stride] = row[2] - row[1]
                        out[(r * 4 + 3) * stride] = row[1] - row[3]
                    }
                    put(0, t.0); put(1, t.1); put(2, t.2); put(3, t.3)
                }
            }
        }
    }

    /// From the 16 products `M_ξ[out, tile]` (each `outChannels × ldm`, `ldm ≥ tiles`, `stride` floats apart)
    /// computes each tile's 2×2 output block `Aᵀ M A`, adds the bias, and writes
    /// `max(0, max of the block)` — bias, ReLU and 2×2 max-pool — to `output[out, ty, tx]`.
    static func transformOutputBiasReLUPool(_ m: UnsafePointer<Float>, ldm: Int, stride: Int, outChannels: Int, tiles: Int,
                                            bias: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
        for o in 0..<outChannels {
            let b = bias[o]
            for tile in 0..<tiles {
                let base = m + o * ldm + tile
                @inline(__always) func row(_ r: Int) -> SIMD4<Float> {
                    SIMD4(base[(r * 4) * stride], base[(r * 4 + 1) * stride], base[(r * 4 + 2) * stride], base[(r * 4 + 3) * stride])
                }
                let (m0, m1, m2, m3) = (row(0), row(1), row(2), row(3))
                let s0 = m0 + m1 + m2, s1 = m1 - m2 - m3        // Aᵀ M
                let y00 = s0[0] + s0[1] + s0[2], y01 = s0[1] - s0[2] - s0[3]
                let y10 = s1[0] + s1[1] + s1[2], y11 = s1[1] - s1[2] - s1[3]
                output[o * tiles + tile] = max(max(max(y00, y01), max(y10, y11)) + b, 0)
            }
        }
    }
}
