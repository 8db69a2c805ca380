import Foundation

/// The two built executables the end-to-end tests run: the classroom's `astro-numbers` and the lab's
/// `astro-lab` (`$ASTRO_NUMBERS_BINARY` / `$ASTRO_LAB_BINARY` if set, else next to the test bundle in the
/// build products folder; on Linux the `.xctest` is an executable in that folder).
enum BuiltBinary {
    case product, lab

    var name: String { self == .product ? "astro-numbers" : "astro-lab" }

    var url: URL {
        let variable = self == .product ? "ASTRO_NUMBERS_BINARY" : "ASTRO_LAB_BINARY"
        if let override = ProcessInfo.processInfo.environment[variable] { return URL(fileURLWithPath: override) }
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(name)
        }
        #endif
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent(name)
    }
}
