/// A message catalogue that cannot be used, said in one line naming the file and, for a mistake in it, the
/// line: `Messages/fr.toml:12: "score.line": a } closes no placeholder (write }} for a brace)`.
///
/// ```swift
/// do { _ = try MessageCatalogue.load(contentsOf: url) } catch { print(error) }
/// ```
public struct CatalogueError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The file as it was named.
    public let file: String
    /// 1-based; nil for a problem with the whole file.
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
