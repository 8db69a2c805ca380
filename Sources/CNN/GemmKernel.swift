/// The blocked matrix multiply of the inference engine (Goto/BLIS layout), for products whose weights were
/// packed once ahead of time (`PackedOperand`, Winograd): C is computed in MR×NR micro-tiles held in SIMD
/// registers, from A packed into MR-row panels and B into NR-column panels, with K split into KC-deep
/// blocks that stay in cache. Its panels are those of the portable `GemmKernels` form (6 × 8, checked by a
/// test), whose packing it uses; `sgemm` runs the widest form the CPU has instead (`KernelForm`).
/// Plain Swift SIMD types only, so the same code runs on baseline x86-64 (SSE2) and arm64 (NEON).
enum GemmKernel {
    /// Rows of a micro-tile: 6 rows × 8 columns = 12 SSE / NEON accumulators, leaving registers for B and A.
    static let mr = 6
    /// Columns of a micro-tile (one `SIMD8<Float>`).
    static let nr = 8
    /// Depth of a packed block: an A panel (6×256) and a B panel (8×256) fit in L1 together.
    static let kc = 256
    /// Rows of A packed at a time (96×256 floats, 384 KiB when pre-broadcast: stays in L2).
    static let mc = 96
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
                         packA: BlockSource, packB: BlockSource, allocateScratch: Bool = true,
                         broadcastA: Bool = false) {
        // Callers whose blocks are all prepacked skip the scratch buffers (and their allocation).
        let aScratch = UnsafeMutablePointer<Float>.allocate(capacity: allocateScratch ? roundUp(min(m, mc), mr) * min(k, kc) * (broadcastA ? 4 : 1) : 1)
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
                    if broadcastA {
                        macroKernelBroadcastA(mcb, ncb, kcb, aBlock, bBlock, c + ic * ldc + jc, ldc, alpha, blockBeta)
                    } else {
                        macroKernel(mcb, ncb, kcb, aBlock, bBlock, c + ic * ldc + jc, ldc, alpha, blockBeta)
                    }
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

    /// `macroKernel` for A blocks packed with every element repeated 4 times (`PackedOperand(broadcast:)`).
    @inline(__always)
    static func macroKernelBroadcastA(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                      _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float) {
        var jr = 0
        while jr < n {
            var ir = 0
            let cols = min(nr, n - jr)
            while ir < m {
                if cols <= 4 {
                    // A ragged last panel of at most 4 columns (conv2's 25th Winograd tile): half the work.
                    microKernelBroadcastANarrow(k, a + 4 * ir * k, b + jr * k, c + ir * ldc + jr, ldc,
                                                rows: min(mr, m - ir), cols: cols, alpha: alpha, beta: beta)
                } else {
                    microKernelBroadcastA(k, a + 4 * ir * k, b + jr * k, c + ir * ldc + jr, ldc,
                                          rows: min(mr, m - ir), cols: cols, alpha: alpha, beta: beta)
                }
                ir += mr
            }
            jr += nr
        }
    }

    /// `microKernel` with A pre-broadcast: each A element is already a 4-float vector in memory, which
    /// saves baseline x86-64 (SSE2, no broadcast instruction) a load-and-shuffle per element per step.
    /// Same operations in the same order, so the same results bit for bit.
    @inline(__always)
    static func microKernelBroadcastA(_ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                      _ c: UnsafeMutablePointer<Float>, _ ldc: Int,
                                      rows: Int, cols: Int, alpha: Float, beta: Float) {
        var l0 = SIMD4<Float>(), l1 = SIMD4<Float>(), l2 = SIMD4<Float>(), l3 = SIMD4<Float>(), l4 = SIMD4<Float>(), l5 = SIMD4<Float>()
        var h0 = SIMD4<Float>(), h1 = SIMD4<Float>(), h2 = SIMD4<Float>(), h3 = SIMD4<Float>(), h4 = SIMD4<Float>(), h5 = SIMD4<Float>()
        var pa = UnsafeRawPointer(a)
        var pb = UnsafeRawPointer(b)
        for _ in 0..<k {
            let lo = pb.loadUnaligned(as: SIMD4<Float>.self)
            let hi = pb.loadUnaligned(fromByteOffset: 16, as: SIMD4<Float>.self)
            var x = pa.loadUnaligned(as: SIMD4<Float>.self)
            l0 += lo * x; h0 += hi * x
            x = pa.loadUnaligned(fromByteOffset: 16, as: SIMD4<Float>.self)
            l1 += lo * x; h1 += hi * x
            x = pa.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
            l2 += lo * x; h2 += hi * x
            x = pa.loadUnaligned(fromByteOffset: 48, as: SIMD4<Float>.self)
            l3 += lo * x; h3 += hi * x
            x = pa.loadUnaligned(fromByteOffset: 64, as: SIMD4<Float>.self)
            l4 += lo * x; h4 += hi * x
            x = pa.loadUnaligned(fromByteOffset: 80, as: SIMD4<Float>.self)
            l5 += lo * x; h5 += hi * x
            pa += 96
            pb += 32
        }
        @inline(__always) func join(_ l: SIMD4<Float>, _ h: SIMD4<Float>) -> SIMD8<Float> { SIMD8(lowHalf: l, highHalf: h) }
        storeTile(join(l0, h0), join(l1, h1), join(l2, h2), join(l3, h3), join(l4, h4), join(l5, h5), c, ldc,
                  rows: rows, cols: cols, alpha: alpha, beta: beta)
    }

    /// `microKernelBroadcastA` for a tile whose columns 4–7 are padding: only the first 4 columns of
    /// each packed B step are used. Same per-element operations, so the same results.
    @inline(__always)
    static func microKernelBroadcastANarrow(_ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                            _ c: UnsafeMutablePointer<Float>, _ ldc: Int,
                                            rows: Int, cols: Int, alpha: Float, beta: Float) {
        var l0 = SIMD4<Float>(), l1 = SIMD4<Float>(), l2 = SIMD4<Float>(), l3 = SIMD4<Float>(), l4 = SIMD4<Float>(), l5 = SIMD4<Float>()
        var pa = UnsafeRawPointer(a)
        var pb = UnsafeRawPointer(b)
        for _ in 0..<k {
            let lo = pb.loadUnaligned(as: SIMD4<Float>.self)
            l0 += lo * pa.loadUnaligned(as: SIMD4<Float>.self)
            l1 += lo * pa.loadUnaligned(fromByteOffset: 16, as: SIMD4<Float>.self)
            l2 += lo * pa.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
            l3 += lo * pa.loadUnaligned(fromByteOffset: 48, as: SIMD4<Float>.self)
            l4 += lo * pa.loadUnaligned(fromByteOffset: 64, as: SIMD4<Float>.self)
            l5 += lo * pa.loadUnaligned(fromByteOffset: 80, as: SIMD4<Float>.self)
            pa += 96
            pb += 32
        }
        let z = SIMD4<Float>()
        storePartial(SIMD8(lowHalf: l0, highHalf: z), c, cols, alpha, beta)
        if rows > 1 { storePartial(SIMD8(lowHalf: l1, highHalf: z), c + ldc, cols, alpha, beta) }
        if rows > 2 { storePartial(SIMD8(lowHalf: l2, highHalf: z), c + 2 * ldc, cols, alpha, beta) }
        if rows > 3 { storePartial(SIMD8(lowHalf: l3, highHalf: z), c + 3 * ldc, cols, alpha, beta) }
        if rows > 4 { storePartial(SIMD8(lowHalf: l4, highHalf: z), c + 4 * ldc, cols, alpha, beta) }
        if rows > 5 { storePartial(SIMD8(lowHalf: l5, highHalf: z), c + 5 * ldc, cols, alpha, beta) }
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
        storeTile(c0, c1, c2, c3, c4, c5, c, ldc, rows: rows, cols: cols, alpha: alpha, beta: beta)
    }

    /// Writes a 6×8 tile of accumulators to C (C = alpha·acc + beta·C), only the `rows`×`cols` inside C at
    /// the edges (no heap-allocated temporaries here).
    @inline(__always)
    static func storeTile(_ c0: SIMD8<Float>, _ c1: SIMD8<Float>, _ c2: SIMD8<Float>, _ c3: SIMD8<Float>,
                          _ c4: SIMD8<Float>, _ c5: SIMD8<Float>, _ c: UnsafeMutablePointer<Float>, _ ldc: Int,
                          rows: Int, cols: Int, alpha: Float, beta: Float) {
        if rows == mr && cols == nr {
            store(c0, c, alpha, beta)
            store(c1, c + ldc, alpha, beta)
            store(c2, c + 2 * ldc, alpha, beta)
            store(c3, c + 3 * ldc, alpha, beta)
            store(c4, c + 4 * ldc, alpha, beta)
            store(c5, c + 5 * ldc, alpha, beta)
        } else {
            storePartial(c0, c, cols, alpha, beta)
            if rows > 1 { storePartial(c1, c + ldc, cols, alpha, beta) }
            if rows > 2 { storePartial(c2, c + 2 * ldc, cols, alpha, beta) }
            if rows > 3 { storePartial(c3, c + 3 * ldc, cols, alpha, beta) }
            if rows > 4 { storePartial(c4, c + 4 * ldc, cols, alpha, beta) }
            if rows > 5 { storePartial(c5, c + 5 * ldc, cols, alpha, beta) }
        }
    }

    @inline(__always)
    static func storePartial(_ acc: SIMD8<Float>, _ c: UnsafeMutablePointer<Float>, _ cols: Int, _ alpha: Float, _ beta: Float) {
        if cols == nr {
            store(acc, c, alpha, beta)
            return
        }
        for j in 0..<cols { c[j] = beta == 0 ? alpha * acc[j] : alpha * acc[j] + beta * c[j] }
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
