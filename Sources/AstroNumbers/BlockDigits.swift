/// A large font for the problem at the top of the question screen, drawn with block characters so a
/// child can read it from across the room.
///
/// Each glyph is a 3×5 pixel bitmap. The large style draws a pixel as two full blocks (`██`), making a
/// digit 6 cells wide and 5 rows tall (about as tall as wide on a 2:1 cell); the compact style packs two
/// pixel rows into one cell with half blocks (`▀ ▄ █`), 3 cells by 3 rows, for long problems.
///
/// ```swift
/// BlockDigits.render("7 + 8 = ?", style: .large).joined(separator: "\n")
/// BlockDigits.fit("1234 + 5678 = ?", width: 78)   // compact when large would not fit
/// ```
public enum BlockDigits {
    public enum Style: Sendable, CaseIterable {
        case large, compact
    }

    /// The 3×5 bitmaps, top row first, `#` for ink. Letters a child never sees in a sum are not here.
    static let glyphs: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", ".##", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        "+": ["...", ".#.", "###", ".#.", "..."],
        "-": ["...", "...", "###", "...", "..."],
        "×": ["...", "#.#", ".#.", "#.#", "..."],
        "÷": [".#.", "...", "###", "...", ".#."],
        "=": ["...", "###", "...", "###", "..."],
        "?": ["###", "..#", ".##", "...", ".#."],
    ]

    /// Rows of text showing `text` in the given style. Spaces become narrow gaps; a character without a
    /// glyph is drawn as itself in the middle row. All rows have the same length.
    public static func render(_ text: String, style: Style) -> [String] {
        let rows = style == .large ? 5 : 3
        var lines = Array(repeating: "", count: rows)
        var first = true
        for character in text {
            let piece = glyph(for: character, style: style)
            if !first {
                for r in 0..<rows { lines[r] += " " }
            }
            first = false
            for r in 0..<rows { lines[r] += piece[r] }
        }
        return lines
    }

    /// The problem in the largest style that fits in `width` columns, or as plain text when none does.
    public static func fit(_ text: String, width: Int) -> [String] {
        for style in Style.allCases {
            let lines = render(text, style: style)
            if (lines.first?.count ?? 0) <= width { return lines }
        }
        return [text]
    }

    /// The width in columns of `text` in a style, without rendering it.
    public static func width(of text: String, style: Style) -> Int {
        render(text, style: style).first?.count ?? 0
    }

    private static func glyph(for character: Character, style: Style) -> [String] {
        let rows = style == .large ? 5 : 3
        if character == " " {
            return Array(repeating: style == .large ? " " : "", count: rows)
        }
        guard let bitmap = glyphs[normalised(character)] else {
            let width = style == .large ? 3 : 1
            return (0..<rows).map { $0 == rows / 2 ? String(character).padding(toLength: width) : String(repeating: " ", count: width) }
        }
        switch style {
        case .large:
            return bitmap.map { row in String(row.flatMap { $0 == "#" ? "██" : "  " }) }
        case .compact:
            return (0..<3).map { r in
                let top = bitmap[2 * r]
                let bottom = 2 * r + 1 < bitmap.count ? bitmap[2 * r + 1] : "..."
                return String(zip(top, bottom).map { pair -> Character in
                    switch (pair.0 == "#", pair.1 == "#") {
                    case (true, true): return "█"
                    case (true, false): return "▀"
                    case (false, true): return "▄"
                    case (false, false): return " "
                    }
                })
            }
        }
    }

    /// Other spellings of the operators a question set may use.
    private static func normalised(_ character: Character) -> Character {
        switch character {
        case "x", "X", "*": return "×"
        case "/", ":": return "÷"
        case "−", "–": return "-"
        default: return character
        }
    }
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
