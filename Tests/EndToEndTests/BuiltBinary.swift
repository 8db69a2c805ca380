import Foundation

/// The two built executables the end-to-end tests run: the classroom's `astro-numbers` and the lab's
/// `astro-lab` (`$ASTRO_NUMBERS_BINARY` / `$ASTRO_LAB_BINARY` if set, else next to the test bundle in the
/// build products folder; on Linux the `.xctest` is an executable in that folder).
enum BuiltBinary {
    case product, lab

    /// The end-to-end tests read the programs' English text, so every program they start runs in the C
    /// locale (English messages) unless a test sets another in the child's environment (tmux panes set
    /// theirs, see `TmuxSession`). Done once, before the first binary is looked up.
    private static let englishLocale: Void = {
        setenv("LC_ALL", "C.UTF-8", 1)
        unsetenv("LANGUAGE")
    }()

    var name: String { self == .product ? "astro-numbers" : "astro-lab" }

    var url: URL {
        _ = Self.englishLocale
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
