import Foundation

/// Text bound for a terminal outside ncurses (reports, `quiz` output, error lines), made harmless: control
/// characters and bidirectional overrides are shown as visible marks instead of reaching the terminal, where
/// `ESC ] 0 ; … BEL` would retitle the window, `ESC [ 2 J` clear it, and U+202E reverse what follows.
///
/// C0 controls and DEL become caret notation (`^[`, `^G`, `^?`, as `cat -v` shows them); C1 controls, the
/// bidirectional marks, embeddings, overrides and isolates, and the line and paragraph separators become
/// `<U+XXXX>`. Everything else, accents and emoji included, is kept as it is.
///
/// ```swift
/// TerminalText.visible("\u{1B}]0;pwned\u{07}Ada")   // "^[]0;pwned^GAda"
/// TerminalText.visible("Chloé \u{202E}olleh")         // "Chloé <U+202E>olleh"
/// TerminalText.visibleLines("a\nb\u{1B}[2J")          // "a\nb^[[2J": newlines kept, the rest shown
/// ```
public enum TerminalText {
    /// `text` with every character that would act on a terminal shown visibly; newlines too.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsMark) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsMark(scalar) {
                out.append(contentsOf: mark(for: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` line by line through ``visible(_:)``: line feeds stay line breaks, everything else (a carriage
    /// return included) is shown. For multi-line messages such as every problem of a question set.
    public static func visibleLines(_ text: String) -> String {
        // By scalars: a CR LF pair is one Character, and must not hide its line feed.
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { visible(String(String.UnicodeScalarView($0))) }
            .joined(separator: "\n")
    }

    /// Writes a program's last words (an error, or help) line by line through ``visibleLines(_:)``: to
    /// standard output when the program succeeds, else to standard error. Both executables' `main` end here.
    ///
    /// ```swift
    /// TerminalText.finalMessage(fullMessage(for: error), success: exitCode(for: error) == .success)
    /// ```
    public static func finalMessage(_ message: String, success: Bool) {
        guard !message.isEmpty else { return }
        let text = visibleLines(message) + "\n"
        (success ? FileHandle.standardOutput : FileHandle.standardError).write(Data(text.utf8))
    }

    /// Whether `text` holds anything ``visible(_:)`` would mark.
    public static func hasInvisibleControls(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: needsMark)
    }

    /// Controls (C0, DEL, C1), the bidirectional formatting characters and U+2028/U+2029.
    static func needsMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func mark(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }
}
