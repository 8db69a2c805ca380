import Foundation

/// The instruction-set extensions of the CPU this process runs on, as the operating system reports them
/// (Linux: the `flags` line of `/proc/cpuinfo`, which lists only what the kernel also saves and restores,
/// so a flag there is usable). Elsewhere, or when the file can't be read, the set is empty and only the
/// portable kernels run.
///
/// ```swift
/// let cpu = CPUFeatures.current
/// cpu.contains("avx2")   // true on x86-64 CPUs since 2013
/// ```
public struct CPUFeatures: Sendable {
    /// Flag names as `/proc/cpuinfo` spells them (`avx2`, `fma`, `avx512f`, …).
    public let flags: Set<String>

    public init(flags: Set<String>) {
        self.flags = flags
    }

    /// Reads the flags of the first processor listed in `cpuinfo` text.
    public init(cpuinfo: String) {
        var found = Set<String>()
        for line in cpuinfo.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "flags" else { continue }
            found = Set(parts[1].split(separator: " ").map(String.init))
            break
        }
        flags = found
    }

    /// This machine's flags, read once.
    public static let current: CPUFeatures = {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return CPUFeatures(flags: []) }
        return CPUFeatures(cpuinfo: text)
    }()

    public func contains(_ flag: String) -> Bool { flags.contains(flag) }
}
