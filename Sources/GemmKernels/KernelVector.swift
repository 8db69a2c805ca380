// This folder is compiled three times (see Package.swift): as `GemmKernels` for any CPU, as `GemmKernelsAVX2`
// with `-target-cpu haswell`, and as `GemmKernelsAVX512` with `-target-cpu skylake-avx512`. The other two
// folders hold symbolic links to these files, so the three forms are one source. Only the vector width and
// the multiply-add differ; CNN calls the form the CPU can run (`KernelForm`).

#if ASTRO_KERNELS_AVX512
/// One row of a micro-tile is two of these: 16 floats in a 512-bit register.
typealias KernelVector = SIMD16<Float>
#elseif ASTRO_KERNELS_AVX2
/// One row of a micro-tile is two of these: 8 floats in a 256-bit register.
typealias KernelVector = SIMD8<Float>
#else
/// One row of a micro-tile is two of these: 4 floats, a register on baseline x86-64 (SSE2) and arm64 (NEON).
typealias KernelVector = SIMD4<Float>
#endif

extension KernelVector {
    /// `self + b · a`: one fused multiply-add where the form has it (a single rounding), else a multiply
    /// and an add. Portable code must not call `addingProduct`: without FMA in the target it becomes a
    /// library call per lane.
    @inline(__always)
    func adding(_ b: Self, times a: Self) -> Self {
        #if ASTRO_KERNELS_AVX2 || ASTRO_KERNELS_AVX512
        return addingProduct(b, a)
        #else
        return self + b * a
        #endif
    }
}
