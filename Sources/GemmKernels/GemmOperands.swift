/// The two input matrices of one `BlockedGemm.multiply` and how to pack blocks of them into the panel
/// layout `MicroTile` reads. Sendable unchecked because it holds raw pointers: every worker of one call
/// only reads them. CNN's inference engine packs its weights once with the portable form's (`PackedOperand`).
///
/// Packing writes each panel front to back (depth step by depth step) and reads its sources as
/// `mr` or `nr` sequential streams, so the stores stay contiguous whichever way the matrix is stored.
///
/// ```swift
/// let operands = GemmOperands(a: w, lda: 576, transA: false, b: w, ldb: 576, transB: false)
/// operands.packA(panels, 0, 128, 0, 256)   // rows 0..<128, depth 0..<256 in 6-row panels
/// ```
public struct GemmOperands: @unchecked Sendable {
    let a: UnsafePointer<Float>, lda: Int, transA: Bool
    let b: UnsafePointer<Float>, ldb: Int, transB: Bool

    public init(a: UnsafePointer<Float>, lda: Int, transA: Bool, b: UnsafePointer<Float>, ldb: Int, transB: Bool) {
        self.a = a; self.lda = lda; self.transA = transA
        self.b = b; self.ldb = ldb; self.transB = transB
    }

    /// Packs rows `i0..<i0+mc`, columns `p0..<p0+kc` of op(A) into `mr`-row panels, zero padded: panel
    /// element (p, r) at `p * mr + r`.
    public func packA(_ dest: UnsafeMutablePointer<Float>, _ i0: Int, _ mc: Int, _ p0: Int, _ kc: Int) {
        let mr = BlockedGemm.mr
        var panel = 0
        while panel < mc {
            let rows = min(mr, mc - panel)
            let out = dest + panel * kc
            if transA {
                // op(A)'s column p is a stored row: mr neighbours per depth step.
                var src = a + p0 * lda + i0 + panel
                for p in 0..<kc {
                    let row = out + p &* mr
                    for r in 0..<rows { row[r] = src[r] }
                    for r in rows..<mr { row[r] = 0 }
                    src += lda
                }
            } else if rows == mr {
                // Six stored rows read side by side, one float of each per depth step.
                let s0 = a + (i0 + panel) * lda + p0
                let s1 = s0 + lda, s2 = s1 + lda, s3 = s2 + lda, s4 = s3 + lda, s5 = s4 + lda
                var row = out
                for p in 0..<kc {
                    row[0] = s0[p]; row[1] = s1[p]; row[2] = s2[p]
                    row[3] = s3[p]; row[4] = s4[p]; row[5] = s5[p]
                    row += 6
                }
            } else {
                for p in 0..<kc {
                    let row = out + p &* mr
                    for r in 0..<rows { row[r] = a[(i0 + panel + r) &* lda &+ p0 &+ p] }
                    for r in rows..<mr { row[r] = 0 }
                }
            }
            panel += mr
        }
    }

    /// Packs rows `p0..<p0+kc`, columns `j0..<j0+nc` of op(B) into `nr`-column panels, zero padded: panel
    /// element (p, j) at `p * nr + j`.
    public func packB(_ dest: UnsafeMutablePointer<Float>, _ j0: Int, _ nc: Int, _ p0: Int, _ kc: Int) {
        let nr = BlockedGemm.nr, width = KernelVector.scalarCount
        var panel = 0
        while panel < nc {
            let cols = min(nr, nc - panel)
            let out = dest + panel * kc
            if transB {
                // op(B)'s row p is column p of the stored rows: `cols` streams, one float each per step.
                let first = b + (j0 + panel) * ldb + p0
                for p in 0..<kc {
                    let row = out + p &* nr
                    var src = first + p
                    for j in 0..<cols { row[j] = src.pointee; src += ldb }
                    for j in cols..<nr { row[j] = 0 }
                }
            } else if cols == nr {
                // Whole rows of the panel: two vector copies per depth step.
                for p in 0..<kc {
                    let src = UnsafeRawPointer(b + (p0 + p) * ldb + j0 + panel)
                    let row = UnsafeMutableRawPointer(out + p * nr)
                    row.storeBytes(of: src.loadUnaligned(as: KernelVector.self), as: KernelVector.self)
                    row.storeBytes(of: src.loadUnaligned(fromByteOffset: 4 * width, as: KernelVector.self),
                                   toByteOffset: 4 * width, as: KernelVector.self)
                }
            } else {
                for p in 0..<kc {
                    let src = b + (p0 + p) * ldb + j0 + panel
                    for j in 0..<cols { out[p * nr + j] = src[j] }
                    for j in cols..<nr { out[p * nr + j] = 0 }
                }
            }
            panel += nr
        }
    }
}
