/// The one JSON string escaper (RFC 8259), for the JSON the package writes by hand: `recognize`'s answer
/// lines and safetensors headers.
///
/// ```swift
/// JSONString.quoted("say \"7\"\n")   // "\"say \\\"7\\\"\\n\""
/// ```
public enum JSONString {
    /// `text` as a JSON string literal, quotes included: `"` and `\` escaped, control characters as
    /// `\n`, `\r`, `\t` or `\u00XX`; everything else (non-ASCII too) as it is, since the output is UTF-8.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
