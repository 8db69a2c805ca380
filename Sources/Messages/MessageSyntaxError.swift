/// Why a plural condition or a message's placeholders could not be read (the catalogue parser adds the file
/// and line: `CatalogueError`).
///
/// ```swift
/// do { _ = try MessageTemplate("{Name}") } catch { print(error.message) }
/// ```
public struct MessageSyntaxError: Error, Hashable, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
