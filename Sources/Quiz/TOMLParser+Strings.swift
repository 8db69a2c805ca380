import Foundation
import Messages

/// The four kinds of TOML text: basic and literal, on one line or several, with escapes (``TOMLParser``).
extension TOMLParser {

    mutating func basicString() throws -> String {
        i += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw error(tr("toml.quote-not-closed-file")) }
            switch c {
            case "\"":
                i += 1
                return String(out)
            case "\n", "\r":
                throw error(tr("toml.quote-not-closed-line", ["quotes": "\"\"\""]))
            case "\\":
                out.append(try escape())
            default:
                try checkAllowed(c)
                out.append(c)
                i += 1
            }
        }
    }

    mutating func multilineBasicString() throws -> String {
        i += 3
        try skipOneNewline()
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw error(tr("toml.multiline-not-closed", ["quotes": "\"\"\""])) }
            if c == "\"", starts("\"\"\"") {
                var quotes = 0
                while peek() == "\"" { quotes += 1; i += 1 }
                guard quotes <= 5 else { throw error(tr("toml.too-many-quotes", ["quotes": "\"\"\""])) }
                for _ in 0..<(quotes - 3) { out.append("\"") }
                return String(out)
            }
            switch c {
            case "\\":
                if lineEndingBackslash() {
                    try skipWhitespaceAndNewlines()
                } else {
                    out.append(try escape())
                }
            case "\n", "\r":
                try newline()
                out.append("\n")
            default:
                try checkAllowed(c)
                out.append(c)
                i += 1
            }
        }
    }

    mutating func literalString() throws -> String {
        i += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw error(tr("toml.quote-not-closed-file")) }
            switch c {
            case "'":
                i += 1
                return String(out)
            case "\n", "\r":
                throw error(tr("toml.quote-not-closed-line", ["quotes": "'''"]))
            default:
                try checkAllowed(c)
                out.append(c)
                i += 1
            }
        }
    }

    mutating func multilineLiteralString() throws -> String {
        i += 3
        try skipOneNewline()
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw error(tr("toml.multiline-not-closed", ["quotes": "'''"])) }
            if c == "'", starts("'''") {
                var quotes = 0
                while peek() == "'" { quotes += 1; i += 1 }
                guard quotes <= 5 else { throw error(tr("toml.too-many-quotes", ["quotes": "'''"])) }
                for _ in 0..<(quotes - 3) { out.append("'") }
                return String(out)
            }
            if c == "\n" || c == "\r" {
                try newline()
                out.append("\n")
            } else {
                try checkAllowed(c)
                out.append(c)
                i += 1
            }
        }
    }

    /// `\n`, `\"`, `\u00E9` … at `i` (a backslash).
    mutating func escape() throws -> Unicode.Scalar {
        i += 1
        guard let c = peek() else { throw error(tr("toml.backslash-at-end")) }
        i += 1
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let h = peek(), let digit = Self.hexValue(h) else {
                    throw error(tr("toml.hex-digits", ["escape": "\\\(c)", "count": count]))
                }
                value = value * 16 + digit
                i += 1
            }
            guard let scalar = Unicode.Scalar(value) else { throw error(tr("toml.no-character", ["escape": "\\\(c)"])) }
            return scalar
        default:
            throw error(tr("toml.unknown-escape", ["escape": "\\\(Character(c))"]))
        }
    }

    /// A backslash followed by spaces and a line end: the line break and the indentation after it vanish.
    func lineEndingBackslash() -> Bool {
        var k = i + 1
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        return k < s.count && (s[k] == "\n" || (s[k] == "\r" && k + 1 < s.count && s[k + 1] == "\n"))
    }

    mutating func skipWhitespaceAndNewlines() throws {
        i += 1   // the backslash
        while let c = peek() {
            if c == " " || c == "\t" { i += 1 } else if c == "\n" || c == "\r" { try newline() } else { break }
        }
    }

    /// The line break right after an opening `"""` or `'''` is not part of the text.
    mutating func skipOneNewline() throws {
        if peek() == "\n" || peek() == "\r" { try newline() }
    }

    /// Control characters other than tab are not allowed in TOML text.
    func checkAllowed(_ c: Unicode.Scalar) throws {
        if (c.value < 0x20 && c != "\t") || c.value == 0x7F {
            throw error(tr("toml.control-in-text", ["code": String(format: "%04X", c.value)]))
        }
    }
}
