import Foundation
import Messages

/// Integers, floats, dates and times (``TOMLParser``).
extension TOMLParser {

    mutating func numberOrDate() throws -> TOMLValue {
        let start = i
        while let c = peek(), Self.isNumberCharacter(c) { i += 1 }
        // A date and a time may be separated by a space: 1979-05-27 07:32:00.
        if i - start == 10, peek() == " ", i + 3 < s.count, Self.isDigit(s[i + 1]), Self.isDigit(s[i + 2]), s[i + 3] == ":" {
            i += 1
            while let c = peek(), Self.isNumberCharacter(c) { i += 1 }
        }
        let token = String(String.UnicodeScalarView(s[start..<i]))
        if let value = Self.dateTime(token) { return .dateTime(value) }
        if let value = Self.integer(token) { return .integer(value) }
        if let value = Self.float(token) { return .float(value) }
        if Self.integerShape(token) { throw error(tr("toml.number-too-large", ["token": token])) }
        throw error(tr("toml.not-a-value", ["token": token]))
    }

    static func integer(_ token: String) -> Int? {
        var text = Substring(token)
        var negative = false
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
            text = text.dropFirst(2)
            guard let digits = underscored(text, radix: radix) else { return nil }
            return Int(digits, radix: radix)
        }
        if text.first == "+" || text.first == "-" {
            negative = text.first == "-"
            text = text.dropFirst()
        }
        guard let digits = underscored(text, radix: 10), digits == "0" || !digits.hasPrefix("0") else { return nil }
        return Int((negative ? "-" : "") + digits)
    }

    /// Whether `token` is written as an integer (so a failure to read it is its size).
    static func integerShape(_ token: String) -> Bool {
        var text = Substring(token)
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
            return underscored(text.dropFirst(2), radix: radix) != nil
        }
        if text.first == "+" || text.first == "-" { text = text.dropFirst() }
        guard let digits = underscored(text, radix: 10) else { return false }
        return digits == "0" || !digits.hasPrefix("0")
    }

    /// The digits of `text` with its underscores removed, if each underscore stands between two digits.
    static func underscored(_ text: Substring, radix: Int) -> String? {
        guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else { return nil }
        let digits = text.filter { $0 != "_" }
        guard digits.allSatisfy({ $0.isASCII && Int(String($0), radix: radix) != nil }) else { return nil }
        return String(digits)
    }

    static func float(_ token: String) -> Double? {
        var text = Substring(token)
        var sign = ""
        if text.first == "+" || text.first == "-" {
            sign = text.first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        if text == "inf" { return sign == "-" ? -.infinity : .infinity }
        if text == "nan" { return .nan }
        let exponentIndex = text.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = exponentIndex.map { text[..<$0] } ?? text
        let exponent = exponentIndex.map { text[text.index(after: $0)...] }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = underscored(parts[0], radix: 10), whole == "0" || !whole.hasPrefix("0") else { return nil }
        var number = whole
        if parts.count == 2 {
            guard let fraction = underscored(parts[1], radix: 10) else { return nil }
            number += "." + fraction
        }
        if let exponent {
            var e = exponent
            var eSign = ""
            if e.first == "+" || e.first == "-" {
                eSign = String(e.first!)
                e = e.dropFirst()
            }
            guard let digits = underscored(e, radix: 10) else { return nil }
            number += "e" + eSign + digits
        }
        guard parts.count == 2 || exponent != nil else { return nil }
        return Double(sign + number)
    }

    /// A date-time, date or time as TOML writes them, checked field by field.
    static func dateTime(_ token: String) -> String? {
        let c = Array(token.unicodeScalars)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= c.count, c[from..<from + count].allSatisfy(isDigit) else { return nil }
            return Int(String(String.UnicodeScalarView(c[from..<from + count])))
        }
        /// A time at `k`, its fraction and offset; returns the index after it or nil.
        func time(at k: Int, offsetAllowed: Bool) -> Int? {
            guard let h = digits(k, 2), k + 2 < c.count, c[k + 2] == ":", let m = digits(k + 3, 2),
                  k + 5 < c.count, c[k + 5] == ":", let sec = digits(k + 6, 2), h < 24, m < 60, sec <= 60 else { return nil }
            var e = k + 8
            if e < c.count, c[e] == "." {
                e += 1
                let fractionStart = e
                while e < c.count, isDigit(c[e]) { e += 1 }
                guard e > fractionStart else { return nil }
            }
            guard offsetAllowed, e < c.count else { return e }
            if c[e] == "Z" || c[e] == "z" { return e + 1 }
            if c[e] == "+" || c[e] == "-", let oh = digits(e + 1, 2), e + 3 < c.count, c[e + 3] == ":",
               let om = digits(e + 4, 2), oh < 24, om < 60 { return e + 6 }
            return nil
        }
        if c.count >= 8, c[2] == ":" {
            return time(at: 0, offsetAllowed: false) == c.count ? token : nil
        }
        guard c.count >= 10, let year = digits(0, 4), c[4] == "-", let month = digits(5, 2), c[7] == "-",
              let day = digits(8, 2), (1...12).contains(month), (1...31).contains(day), year >= 0 else { return nil }
        if c.count == 10 { return token }
        guard c[10] == "T" || c[10] == "t" || c[10] == " " else { return nil }
        return time(at: 11, offsetAllowed: true) == c.count ? token : nil
    }
}
