import Foundation
import GemmKernels
import GemmKernelsAVX2
import GemmKernelsAVX512

/// The forms the matrix-multiply kernels are compiled in, one of which runs: the same source
/// (`Sources/GemmKernels`) built for any CPU, for AVX2 + FMA (`-target-cpu haswell`) and for AVX-512
/// (`-target-cpu skylake-avx512`). One build holds all three and `current` picks, once per process, the
/// widest the CPU runs, so the default `swift build -c release` is the fast build on every machine.
///
/// `ASTRO_KERNELS=portable|avx2|avx512` in the environment asks for a form (benchmarks compare them this
/// way); a form the CPU can't run is never chosen: the best supported one runs instead.
///
/// ```swift
/// KernelForm.current            // .avx512 on a recent Xeon, .portable on arm64
/// KernelForm.avx2.isSupported   // whether this CPU has AVX2, FMA and the rest of Haswell's instructions
/// ```
public enum KernelForm: String, CaseIterable, Sendable {
    case portable, avx2, avx512

    /// The CPU flags the form's code may use: what `-target-cpu` enables that the compiler emits on its own
    /// (vector instructions, fused multiply-add, bit manipulation, population and leading-zero counts).
    public var requiredFlags: [String] {
        let haswell = ["avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "abm", "movbe", "popcnt"]
        switch self {
        case .portable: return []
        case .avx2: return haswell
        case .avx512: return haswell + ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]
        }
    }

    /// Whether `features` has every flag the form needs (and the build is for x86-64, where the wide forms
    /// exist).
    public func isSupported(by features: CPUFeatures) -> Bool {
        #if arch(x86_64)
        return requiredFlags.allSatisfy(features.contains)
        #else
        return self == .portable
        #endif
    }

    /// Whether this machine's CPU runs the form.
    /// (Looked up in `supported`, so `sgemm`'s check on every call builds no flag list.)
    public var isSupported: Bool { Self.supported.contains(self) }

    /// The forms this machine runs, narrowest first.
    public static let supported: [KernelForm] = allCases.filter { $0.isSupported(by: .current) }

    /// The form `sgemm` uses: `ASTRO_KERNELS`'s if supported, else the widest supported.
    public static let current: KernelForm = choose(requested: ProcessInfo.processInfo.environment["ASTRO_KERNELS"],
                                                   features: .current)

    /// `requested` (a case name) if `features` support it, else the widest form they support.
    public static func choose(requested: String?, features: CPUFeatures) -> KernelForm {
        if let name = requested, let form = KernelForm(rawValue: name), form.isSupported(by: features) { return form }
        return allCases.last { $0.isSupported(by: features) } ?? .portable
    }

    /// Columns of the form's micro-tile: the width of B's packed panels.
    public var tileColumns: Int {
        switch self {
        case .portable: return GemmKernels.BlockedGemm.nr
        case .avx2: return GemmKernelsAVX2.BlockedGemm.nr
        case .avx512: return GemmKernelsAVX512.BlockedGemm.nr
        }
    }

    /// `sgemm` in this form; arguments already checked. Calling a form the CPU can't run would stop the
    /// process on an illegal instruction, so the form must be supported.
    func multiply(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                  a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                  beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int) {
        switch self {
        case .portable:
            GemmKernels.BlockedGemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                                             b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, threads: threads)
        case .avx2:
            GemmKernelsAVX2.BlockedGemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                                                 b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, threads: threads)
        case .avx512:
            GemmKernelsAVX512.BlockedGemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                                                   b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, threads: threads)
        }
    }
}
