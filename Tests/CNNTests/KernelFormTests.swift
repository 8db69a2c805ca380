@testable import CNN
import EnglishCatalogue
import GemmKernels
import XCTest

/// Choosing the kernel form from the CPU's flags and `ASTRO_KERNELS`.
final class KernelFormTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    let haswell = CPUFeatures(flags: ["sse2", "avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "abm", "movbe", "popcnt"])

    func testCPUInfoFlagsAreReadFromTheFirstProcessor() {
        let text = "processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu sse2 avx2 fma\n\nprocessor\t: 1\nflags\t\t: fpu\n"
        let features = CPUFeatures(cpuinfo: text)
        XCTAssertEqual(features.flags, ["fpu", "sse2", "avx2", "fma"])
        XCTAssertTrue(CPUFeatures(cpuinfo: "no flags here\n").flags.isEmpty)
    }

    func testTheWidestSupportedFormIsChosen() {
        #if arch(x86_64)
        XCTAssertEqual(KernelForm.choose(requested: nil, features: CPUFeatures(flags: [])), .portable)
        XCTAssertEqual(KernelForm.choose(requested: nil, features: haswell), .avx2)
        let skylake = CPUFeatures(flags: haswell.flags.union(["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]))
        XCTAssertEqual(KernelForm.choose(requested: nil, features: skylake), .avx512)
        // AVX2 without FMA (some early VMs) is not enough for the AVX2 form.
        XCTAssertEqual(KernelForm.choose(requested: nil, features: CPUFeatures(flags: haswell.flags.subtracting(["fma"]))), .portable)
        #else
        XCTAssertEqual(KernelForm.choose(requested: nil, features: haswell), .portable)
        #endif
    }

    func testARequestedFormIsUsedOnlyWhenSupported() {
        #if arch(x86_64)
        XCTAssertEqual(KernelForm.choose(requested: "portable", features: haswell), .portable)
        XCTAssertEqual(KernelForm.choose(requested: "avx512", features: haswell), .avx2)
        XCTAssertEqual(KernelForm.choose(requested: "sse9", features: haswell), .avx2)
        #endif
        XCTAssertTrue(KernelForm.portable.isSupported)
        XCTAssertTrue(KernelForm.current.isSupported)
    }

    func testEachFormsTileWidthIsTwoOfItsVectors() {
        XCTAssertEqual(KernelForm.portable.tileColumns, 8)
        #if arch(x86_64)
        XCTAssertEqual(KernelForm.avx2.tileColumns, 16)
        XCTAssertEqual(KernelForm.avx512.tileColumns, 32)
        #endif
    }

    /// The inference engine's prepacked panels are packed by the portable form's code, so their shapes must agree.
    func testTheInferenceKernelSharesThePortablePanelShape() {
        XCTAssertEqual(GemmKernel.mr, BlockedGemm.mr)
        XCTAssertEqual(GemmKernel.nr, BlockedGemm.nr)
    }
}
