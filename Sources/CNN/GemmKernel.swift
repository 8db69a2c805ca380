/// The blocked matrix-multiply engine behind `sgemm` (Goto/BLIS layout): C is computed in MR×NR
/// micro-tiles held in SIMD registers, from A packed into MR-row panels and B into NR-column panels,
/// with K split into KC-deep blocks that stay in cache. Plain Swift SIMD types only, so the same code
/// builds for baseline x86-64 (SSE2) and arm64 (NEON) without any -march flag.
enum GemmKernel {
    /// Rows of a micro-tile: 6 rows × 8 columns = 12 SSE / NEON accumulators, leaving registers for B and A.
    static let mr = 6
    /// Columns of a micro-tile (one `SIMD8<Float>`).
    static let nr = 8
    /// Depth of a packed block: an A panel (6×256) and a B panel (8×256) fit in L1 together.
    static let kc = 256
    /// Rows of A packed at a time (144×256 floats = 144 KiB, stays in L2).
    static let mc = 144
    /// Columns of B packed at a time (512×256 floats = 512 KiB).
    static let nc = 512

    /// Where the packed blocks come from: either pack into `dest` and return it, or return a pointer into
    /// a matrix packed ahead of time (weights). Arguments: dest, first row/column, count, first k, depth.
    typealias BlockSource = (UnsafeMutablePointer<Float>, Int, Int, Int, Int) -> UnsafePointer<Float>

    /// Rounds `x` up to a multiple of `step`.
    @inline(__always) static func roundUp(_ x: Int, _ step: Int) -> Int { (x + step - 1) / step * step }

    /// C[m×n] = alpha·A·B + beta·C for blocks supplied by `packA` / `packB` (see `BlockSource`).
    /// K blocks are accumulated in order, so each element's summation order is fixed.
    static func multiply(m: Int, n: Int, k: Int, alpha: Float, beta: Float,
                         c: UnsafeMutablePointer<Float>, ldc: Int,
                         packA: BlockSource, packB: BlockSource, allocateScratch: Bool = true) {
        // Callers whose blocks are all prepacked skip the scratch buffers (and their allocation).
        let aScratch = UnsafeMutablePointer<Float>.allocate(capacity: allocateScratch ? roundUp(min(m, mc), mr) * min(k, kc) : 1)
        let bScratch = UnsafeMutablePointer<Float>.allocate(capacity: allocateScratch ? roundUp(min(n, nc), nr) * min(k, kc) : 1)
        defer { aScratch.deallocate(); bScratch.deallocate() }
        var jc = 0
        while jc < n {
            let ncb = min(nc, n - jc)
            var pc = 0
            while pc < k {
                let kcb = min(kc, k - pc)
                let bBlock = packB(bScratch, jc, ncb, pc, kcb)
                let blockBeta: Float = pc == 0 ? beta : 1
                var ic = 0
                while ic < m {
                    let mcb = min(mc, m - ic)
                    let aBlock = packA(aScratch, ic, mcb, pc, kcb)
                    macroKernel(mcb, ncb, kcb, aBlock, bBlock, c + ic * ldc + jc, ldc, alpha, blockBeta)
                    ic += mcb
                }
                pc += kcb
            }
            jc += ncb
        }
    }

    /// All micro-tiles of one packed A block times one packed B block.
    @inline(__always)
    static func macroKernel(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                            _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float) {
        var jr = 0
        while jr < n {
            var ir = 0
            while ir < m {
                microKernel(k, a + ir * k, b + jr * k, c + ir * ldc + jr, ldc,
                            rows: min(mr, m - ir), cols: min(nr, n - jr), alpha: alpha, beta: beta)
                ir += mr
            }
            jr += nr
        }
    }

    /// One 6×8 tile: `k` rank-1 updates from a packed A panel (6 floats per step) and a packed B panel
    /// (8 floats per step), then C = alpha·acc + beta·C (C not read when beta == 0).
    @inline(__always)
    static func microKernel(_ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                            _ c: UnsafeMutablePointer<Float>, _ ldc: Int,
                            rows: Int, cols: Int, alpha: Float, beta: Float) {
        var c0 = SIMD8<Float>(), c1 = SIMD8<Float>(), c2 = SIMD8<Float>()
        var c3 = SIMD8<Float>(), c4 = SIMD8<Float>(), c5 = SIMD8<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<k {
            let bv = pb.loadUnaligned(as: SIMD8<Float>.self)
            c0 += bv * pa[0]
            c1 += bv * pa[1]
            c2 += bv * pa[2]
            c3 += bv * pa[3]
            c4 += bv * pa[4]
            c5 += bv * pa[5]
            pa += 6
            pb += 32
        }
        if rows == mr && cols == nr {
            store(c0, c, alpha, beta)
            store(c1, c + ldc, alpha, beta)
            store(c2, c + 2 * ldc, alpha, beta)
            store(c3, c + 3 * ldc, alpha, beta)
            store(c4, c + 4 * ldc, alpha, beta)
            store(c5, c + 5 * ldc, alpha, beta)
        } else {
            let tile = [c0, c1, c2, c3, c4, c5]
            for r in 0..<rows {
                let row = c + r * ldc
                for j in 0..<cols {
                    row[j] = beta == 0 ? alpha * tile[r][j] : alpha * tile[r][j] + beta * row[j]
                }
            }
        }
    }

    @inline(__always)
    static func store(_ acc: SIMD8<Float>, _ c: UnsafeMutablePointer<Float>, _ alpha: Float, _ beta: Float) {
        let raw = UnsafeMutableRawPointer(c)
        if beta == 0 {
            raw.storeBytes(of: acc * alpha, as: SIMD8<Float>.self)
        } else {
            let old = UnsafeRawPointer(raw).loadUnaligned(as: SIMD8<Float>.self)
            raw.storeBytes(of: acc * alpha + old * beta, as: SIMD8<Float>.self)
        }
    }
}
