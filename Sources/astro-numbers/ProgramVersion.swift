/// The program's version, in one place: `astro-numbers --version` prints it and `scripts/package-deb` reads it
/// from the built binary for the package's version, so the two never disagree.
///
/// ```swift
/// CommandConfiguration(commandName: "astro-numbers", version: ProgramVersion.current)
/// ```
enum ProgramVersion {
    /// Debian-style: upstream version only (the package revision is the packaging script's).
    static let current = "0.9.0"
}
