import Foundation

/// What an output file holds, and so which existing file it may replace: an existing CSV is replaced only by
/// a CSV, weights only by weights. ``OutputFile`` reads the first bytes of the file already at the path and
/// asks `recognises` whether it is of this kind; an empty file may always be replaced.
///
/// ```swift
/// let kind = FileKind.csv(header: "table,student,quiz")
/// kind.recognises(Data("table,student,quiz\r\nstudent,Ada,\r\n".utf8))   // true
/// kind.recognises(Data("SQLite format 3\0".utf8))                        // false
/// ```
public struct FileKind: Sendable {
    /// How messages name the kind: "CSV", "safetensors", "SVG".
    public let name: String
    /// Whether the first bytes (up to ``OutputFile/inspectedBytes``) of an existing file are of this kind.
    public let recognises: @Sendable (Data) -> Bool

    public init(name: String, recognises: @escaping @Sendable (Data) -> Bool) {
        self.name = name
        self.recognises = recognises
    }

    /// A CSV whose first line is `header` (after an optional UTF-8 byte order mark; a spreadsheet that saved
    /// it again keeps the line). Any other file, a CSV of another program included, is left alone.
    public static func csv(header: String) -> FileKind {
        FileKind(name: "CSV") { data in
            var bytes = data[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
            return line.elementsEqual(header.utf8)
        }
    }

    /// A safetensors file: an 8-byte little-endian header length, then a JSON object.
    public static let safetensors = FileKind(name: "safetensors") { data in
        guard data.count >= 9 else { return false }
        let length = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        return length >= 2 && length < 100_000_000 && data[data.startIndex + 8] == UInt8(ascii: "{")
    }

    /// An SVG drawing: `<?xml` or `<svg` after optional white space.
    public static let svg = FileKind(name: "SVG") { data in
        let text = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return text.starts(with: Array("<?xml".utf8)) || text.starts(with: Array("<svg".utf8))
    }

    /// A kind that never replaces anything: the path must be new (backups, whose every copy is kept).
    public static func newFile(_ name: String) -> FileKind {
        FileKind(name: name) { _ in false }
    }
}
