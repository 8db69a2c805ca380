import Foundation
import Messages

/// Reading characters: line ends, spaces, comments, and how a character is shown in a message (``TOMLParser``).
extension TOMLParser {

    var atEnd: Bool { i >= s.count }
    func peek() -> Unicode.Scalar? { i < s.count ? s[i] : nil }

    func starts(_ text: String) -> Bool {
        var k = i
        for scalar in text.unicodeScalars {
            guard k < s.count, s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" { i += 1 }
    }

    /// A line end: LF, or CR LF (a CR alone is not one).
    mutating func newline() throws {
        if peek() == "\r" {
            guard i + 1 < s.count, s[i + 1] == "\n" else { throw error(tr("toml.carriage-return")) }
            i += 1
        }
        i += 1
        line += 1
    }

    mutating func comment() throws {
        i += 1
        while let c = peek(), c != "\n", !(c == "\r" && i + 1 < s.count && s[i + 1] == "\n") {
            if (c.value < 0x20 && c != "\t") || c.value == 0x7F {
                throw error(tr("toml.control-in-comment", ["code": String(format: "%04X", c.value)]))
            }
            i += 1
        }
    }

    mutating func skipBlankLinesAndComments() throws {
        while let c = peek() {
            switch c {
            case " ", "\t": i += 1
            case "\n", "\r": try newline()
            case "#": try comment()
            default: return
            }
        }
    }

    static func isBare(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || isDigit(c) || c == "_" || c == "-"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    static func isNumberCharacter(_ c: Unicode.Scalar) -> Bool {
        isBare(c) || c == "+" || c == "." || c == ":"
    }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    func dotted(_ path: [String]) -> String {
        path.map { part in part.unicodeScalars.allSatisfy(Self.isBare) && !part.isEmpty ? part : "\"\(part)\"" }.joined(separator: ".")
    }

    func shown(_ c: Unicode.Scalar?) -> String {
        guard let c else { return tr("toml.shown.end-of-file") }
        switch c {
        case "\n", "\r": return tr("toml.shown.end-of-line")
        default: return (c.value < 0x20 || c.value == 0x7F) ? tr("toml.shown.control") : "'\(Character(c))'"
        }
    }

    func error(_ message: String) -> TOMLParseError { TOMLParseError(line: line, message: message) }
}
