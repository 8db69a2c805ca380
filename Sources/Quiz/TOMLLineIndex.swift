import Foundation

/// Finds the line of a key path in TOML text, so messages can say where to look.
///
/// The parser gives lines for syntax errors only, not for values, so this reads the text again:
/// it follows `[table]` and `[[array]]` headers and records `key = ...` lines under the current
/// table, as `settings.shuffle` or `generate[2].left` (arrays of tables counted from 1).
/// Dotted keys and inline tables are not followed; their problems are reported without a line.
struct TOMLLineIndex {
    private var lines: [String: Int] = [:]

    init(text: String) {
        var current = ""
        var counts: [String: Int] = [:]
        var inMultilineString = false
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let quotes = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            defer { if quotes % 2 == 1 { inMultilineString.toggle() } }
            if inMultilineString || line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") , let end = line.range(of: "]]") {
                let name = Self.unquote(String(line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]))
                counts[name, default: 0] += 1
                current = "\(name)[\(counts[name]!)]"
                record(current, number + 1)
            } else if line.hasPrefix("["), let end = line.firstIndex(of: "]") {
                current = Self.unquote(String(line[line.index(after: line.startIndex)..<end]))
                record(current, number + 1)
            } else if let equals = line.firstIndex(of: "=") {
                let key = Self.unquote(String(line[..<equals]))
                guard !key.isEmpty, !key.contains(" ") else { continue }
                record(current.isEmpty ? key : "\(current).\(key)", number + 1)
            }
        }
    }

    /// The line of `path`, or of the nearest enclosing table that has one.
    func line(of path: String) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            guard let dot = path.lastIndex(of: ".") else { break }
            path = String(path[..<dot])
        }
        return nil
    }

    private mutating func record(_ path: String, _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    private static func unquote(_ key: String) -> String {
        var key = key.trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let first = key.first, first == key.last, first == "\"" || first == "'" {
            key = String(key.dropFirst().dropLast())
        }
        return key
    }
}
