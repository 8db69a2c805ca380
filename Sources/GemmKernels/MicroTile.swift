/// The innermost loop of `BlockedGemm`: one `mr`×`nr` tile of C (6 rows of two vectors, 12 accumulators
/// in registers) from a packed A panel (6 floats per depth step) and a packed B panel (`nr` floats per
/// step), then `C = alpha·acc + beta·C` for the `rows`×`cols` of the tile inside C (C not read when
/// beta == 0). Twelve independent accumulators keep both multiply-add units busy through their latency.
enum MicroTile {
    @inline(__always)
    static func multiply(_ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                         _ c: UnsafeMutablePointer<Float>, _ ldc: Int,
                         rows: Int, cols: Int, alpha: Float, beta: Float) {
        typealias V = KernelVector
        let width = V.scalarCount
        var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
        var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<k {
            let b0 = pb.loadUnaligned(as: V.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 4 * width, as: V.self)
            var x = V(repeating: pa[0])
            c00 = c00.adding(b0, times: x); c01 = c01.adding(b1, times: x)
            x = V(repeating: pa[1])
            c10 = c10.adding(b0, times: x); c11 = c11.adding(b1, times: x)
            x = V(repeating: pa[2])
            c20 = c20.adding(b0, times: x); c21 = c21.adding(b1, times: x)
            x = V(repeating: pa[3])
            c30 = c30.adding(b0, times: x); c31 = c31.adding(b1, times: x)
            x = V(repeating: pa[4])
            c40 = c40.adding(b0, times: x); c41 = c41.adding(b1, times: x)
            x = V(repeating: pa[5])
            c50 = c50.adding(b0, times: x); c51 = c51.adding(b1, times: x)
            pa += 6
            pb += 8 * width
        }
        store(c00, c01, c, cols, alpha, beta)
        if rows > 1 { store(c10, c11, c + ldc, cols, alpha, beta) }
        if rows > 2 { store(c20, c21, c + 2 * ldc, cols, alpha, beta) }
        if rows > 3 { store(c30, c31, c + 3 * ldc, cols, alpha, beta) }
        if rows > 4 { store(c40, c41, c + 4 * ldc, cols, alpha, beta) }
        if rows > 5 { store(c50, c51, c + 5 * ldc, cols, alpha, beta) }
    }

    /// One row of the tile (two vectors) into C: whole vectors when all `nr` columns are inside C, else
    /// element by element for the `cols` that are.
    @inline(__always)
    static func store(_ low: KernelVector, _ high: KernelVector, _ c: UnsafeMutablePointer<Float>, _ cols: Int,
                      _ alpha: Float, _ beta: Float) {
        let width = KernelVector.scalarCount
        if cols == 2 * width {
            let raw = UnsafeMutableRawPointer(c)
            if beta == 0 {
                raw.storeBytes(of: low * alpha, as: KernelVector.self)
                raw.storeBytes(of: high * alpha, toByteOffset: 4 * width, as: KernelVector.self)
            } else {
                let old0 = UnsafeRawPointer(raw).loadUnaligned(as: KernelVector.self)
                let old1 = UnsafeRawPointer(raw).loadUnaligned(fromByteOffset: 4 * width, as: KernelVector.self)
                raw.storeBytes(of: low * alpha + old0 * beta, as: KernelVector.self)
                raw.storeBytes(of: high * alpha + old1 * beta, toByteOffset: 4 * width, as: KernelVector.self)
            }
            return
        }
        for j in 0..<cols {
            let value = j < width ? low[j] : high[j - width]
            c[j] = beta == 0 ? alpha * value : alpha * value + beta * c[j]
        }
    }
}
