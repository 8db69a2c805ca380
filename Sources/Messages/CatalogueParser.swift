/// Reads the strict TOML subset of a message catalogue (see `MessageCatalogue`): blank lines, `#` comments,
/// and `key = "text"` lines, the text a basic string with the escapes `\"`, `\\`, `\uXXXX` and `\UXXXXXXXX`.
/// Anything else, a key written twice, a control character or a malformed placeholder is an error naming
/// the line, so a translator's slip is reported rather than shown to a child.
struct CatalogueParser {
    let file: String

    private struct Entry {
        var value: String
        var line: Int
    }

    func parse(_ bytes: [UInt8]) throws(CatalogueError) -> MessageCatalogue {
        guard bytes.count <= MessageCatalogue.maximumBytes else {
            throw CatalogueError(file: file, line: nil, "the file is larger than \(MessageCatalogue.maximumBytes / 1024) KB; a catalogue is far smaller")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }   // a byte-order mark some editors add
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var number = 0
        for rawLine in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var lineBytes = rawLine
            if lineBytes.last == 0x0D { lineBytes = lineBytes.dropLast() }
            guard let line = String(validating: lineBytes, as: UTF8.self) else {
                throw error(number, "the line is not valid UTF-8 text (save the file as UTF-8)")
            }
            guard let (key, value) = try entry(line, number) else { continue }
            if let earlier = entries[key] {
                throw error(number, "\(key) is written twice (first on line \(earlier.line))")
            }
            entries[key] = Entry(value: value, line: number)
            order.append(key)
        }
        return try catalogue(entries, order: order)
    }

    private func error(_ line: Int?, _ message: String) -> CatalogueError {
        CatalogueError(file: file, line: line, message)
    }

    // MARK: Lines

    /// The key and text of a `key = "text"` line; nil for a blank or comment line.
    private func entry(_ line: String, _ number: Int) throws(CatalogueError) -> (String, String)? {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty || rest.first == "#" { return nil }
        let key = rest.prefix { $0 != " " && $0 != "\t" && $0 != "=" }
        guard Self.isKey(key) else {
            if rest.first == "[" { throw error(number, "tables ([…]) are not used in a catalogue: write each key in full, e.g. welcome.prompt = \"…\"") }
            throw error(number, "expected key = \"text\"; a key is small letters, digits, _ and - joined by dots, e.g. welcome.prompt")
        }
        rest = rest.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=" else { throw error(number, "\(key): expected = after the key") }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.first == "\"" else {
            throw error(number, "\(key): the text must be in double quotes, e.g. \(key) = \"…\"")
        }
        rest = rest.dropFirst()
        var value = ""
        var closed = false
        while let c = rest.first {
            rest = rest.dropFirst()
            if c == "\"" {
                closed = true
                break
            }
            if c == "\\" {
                value.unicodeScalars.append(try escape(&rest, key: key, number))
                continue
            }
            value.append(c)
        }
        guard closed else { throw error(number, "\(key): the text has no closing \" on this line") }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard rest.isEmpty || rest.first == "#" else {
            throw error(number, "\(key): unexpected text after the closing \" (a comment starts with #)")
        }
        if let bad = value.unicodeScalars.first(where: Self.isForbidden) {
            throw error(number, "\(key): the text holds the control character U+\(String(bad.value, radix: 16, uppercase: true)); messages are one line of visible text")
        }
        return (String(key), value)
    }

    private func escape(_ rest: inout Substring, key: Substring, _ number: Int) throws(CatalogueError) -> Unicode.Scalar {
        guard let c = rest.first else { throw error(number, "\(key): a \\ ends the line; write \\\\ for a backslash") }
        rest = rest.dropFirst()
        switch c {
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let length = c == "u" ? 4 : 8
            let hex = rest.prefix(length)
            guard hex.count == length, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16),
                  let scalar = Unicode.Scalar(value) else {
                throw error(number, "\(key): \\\(c) takes \(length) hexadecimal digits of a Unicode character, e.g. \\u00e9")
            }
            rest = rest.dropFirst(length)
            return scalar
        default:
            throw error(number, "\(key): unknown escape \\\(c.unicodeScalars.first!.properties.generalCategory == .control ? "?" : String(c)); only \\\", \\\\, \\uXXXX and \\UXXXXXXXX are used")
        }
    }

    /// Control characters, line separators and the bidirectional overrides: nothing a message needs, and
    /// each could act on a terminal or hide text.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.value == 0x2028 || scalar.value == 0x2029
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    static func isKey(_ key: Substring) -> Bool {
        guard !key.isEmpty, key.count <= 100 else { return false }
        return key.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { segment in
            !segment.isEmpty && segment.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
        }
    }

    // MARK: The whole file

    private func catalogue(_ entries: [String: Entry], order: [String]) throws(CatalogueError) -> MessageCatalogue {
        guard let language = entries["language"] else {
            throw error(nil, "no language = \"…\" line (the language code, e.g. language = \"fr\")")
        }
        guard MessageCatalogue.isLanguageCode(language.value) else {
            throw error(language.line, "language = \"\(language.value)\": expected a code such as es, fr or pt_BR")
        }
        guard let name = entries["name"], name.value.contains(where: { !$0.isWhitespace }) else {
            throw error(entries["name"]?.line, "no name = \"…\" line (the language's own name, e.g. name = \"Français\")")
        }
        var conditions: [String: String] = [:]
        var firstPluralLine: Int?
        for key in order where key.hasPrefix("plural.") {
            let entry = entries[key]!
            conditions[String(key.dropFirst("plural.".count))] = entry.value
            firstPluralLine = firstPluralLine ?? entry.line
            do {
                _ = try PluralRule([String(key.dropFirst("plural.".count)): entry.value])
            } catch {
                throw self.error(entry.line, error.message)
            }
        }
        let rule: PluralRule
        do {
            rule = try PluralRule(conditions)
        } catch {
            throw self.error(firstPluralLine, error.message)
        }

        var singles: [String: MessageTemplate] = [:]
        var plurals: [String: [PluralCategory: MessageTemplate]] = [:]
        var lines: [String: Int] = ["language": language.line, "name": name.line]
        for key in order where !MessageCatalogue.headerKeys.contains(key) && !key.hasPrefix("plural.") {
            let entry = entries[key]!
            let template: MessageTemplate
            do {
                template = try MessageTemplate(entry.value)
            } catch {
                throw self.error(entry.line, "\(key): \(error.message)")
            }
            let parts = key.split(separator: ".")
            if parts.count > 1, let category = PluralCategory(rawValue: String(parts.last!)) {
                let base = parts.dropLast().joined(separator: ".")
                guard rule.categories.contains(category) else {
                    let known = rule.categories.sorted().map(\.rawValue).joined(separator: ", ")
                    throw error(entry.line, "\(key): this language's plural rule has no \(category.rawValue) form (it has \(known); add plural.\(category.rawValue) = \"…\" if it needs one)")
                }
                guard singles[base] == nil else { throw error(entry.line, "\(key): \(base) is already a message of its own (line \(lines[base]!))") }
                plurals[base, default: [:]][category] = template
                lines[base] = lines[base] ?? entry.line
            } else {
                guard plurals[key] == nil else { throw error(entry.line, "\(key) is already a plural message (\(key).… on line \(lines[key]!))") }
                singles[key] = template
                lines[key] = entry.line
            }
        }
        var messages = singles.mapValues { MessageCatalogue.Message.single($0) }
        for (key, forms) in plurals {
            guard forms[.other] != nil else { throw error(lines[key], "\(key): a plural message needs an \(key).other form") }
            messages[key] = .plural(forms)
        }
        return MessageCatalogue(language: language.value, name: name.value, pluralRule: rule, messages: messages,
                                file: file, lines: lines)
    }
}
