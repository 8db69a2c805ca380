import Terminal

/// One screenful of styled characters, composed off-screen. The lesson's screens paint into a frame
/// (which tests can read back as text) and the frame is then copied to the terminal in one go.
///
/// ```swift
/// var frame = TextFrame(size: Size(cols: 80, rows: 24), glyphs: .unicode)
/// frame.put("3 of 10", at: Position(col: 70, row: 0), style: Style(.hint))
/// frame.box(Rect(col: 0, row: 6, cols: 80, rows: 18))
/// print(frame.lines.joined(separator: "\n"))
/// frame.show(on: screen)
/// ```
public struct TextFrame: Sendable {
    public let size: Size
    public let glyphs: Glyphs
    private var characters: [Character]
    private var styles: [Style]

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.size = Size(cols: max(0, size.cols), rows: max(0, size.rows))
        self.glyphs = glyphs
        characters = Array(repeating: " ", count: self.size.cols * self.size.rows)
        styles = Array(repeating: .plain, count: self.size.cols * self.size.rows)
    }

    /// The text of each row (trailing spaces kept).
    public var lines: [String] {
        (0..<size.rows).map { row in String(characters[(row * size.cols)..<((row + 1) * size.cols)]) }
    }

    /// The style of each cell, row by row.
    public var styleRows: [[Style]] {
        (0..<size.rows).map { row in Array(styles[(row * size.cols)..<((row + 1) * size.cols)]) }
    }

    public func character(at p: Position) -> Character? {
        inside(p) ? characters[p.row * size.cols + p.col] : nil
    }

    public func style(at p: Position) -> Style? {
        inside(p) ? styles[p.row * size.cols + p.col] : nil
    }

    /// Writes `text` from `position` rightwards, one cell per character, clipped to the frame. With ASCII
    /// glyphs (a locale that is not UTF-8) blocks, braille, ticks, stars and operators become ASCII.
    public mutating func put(_ text: String, at position: Position, style: Style = .plain) {
        guard position.row >= 0, position.row < size.rows else { return }
        var col = position.col
        for character in text {
            if col >= size.cols { break }
            if col >= 0 {
                characters[position.row * size.cols + col] = glyphs.fineStrokes ? character : Self.ascii(character)
                styles[position.row * size.cols + col] = style
            }
            col += 1
        }
    }

    /// The frame every screen shows while the window is smaller than `QuestionLayout.minimumSize`:
    /// the enlarge message, centred, so all screens ask for a bigger window the same way.
    ///
    /// ```swift
    /// guard size.contains(QuestionLayout.minimumSize) else { return TextFrame.enlargeMessage(size: size, glyphs: glyphs) }
    /// ```
    public static func enlargeMessage(size: Size, glyphs: Glyphs) -> TextFrame {
        var frame = TextFrame(size: size, glyphs: glyphs)
        let lines = EnlargeMessage.lines(size: size, minimum: QuestionLayout.minimumSize)
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            frame.putCentred(line, row: top + offset, style: Style(offset == 0 ? .bad : .normal, offset == 0 ? [.bold] : []))
        }
        return frame
    }

    /// Writes `text` centred in row `row` (between `minCol` and `maxCol`, the whole width by default).
    public mutating func putCentred(_ text: String, row: Int, style: Style = .plain, minCol: Int = 0, maxCol: Int? = nil) {
        let right = maxCol ?? size.cols
        put(text, at: Position(col: minCol + max(0, (right - minCol - text.count) / 2), row: row), style: style)
    }

    /// Draws a frame on the outermost cells of `rect` (at least 2×2).
    public mutating func box(_ rect: Rect, style: Style = Style(.frame)) {
        for run in glyphs.outline(of: rect) { put(run.text, at: run.position, style: style) }
    }

    /// Copies the frame to the terminal (one `put` per run of equally styled cells) and refreshes; ncurses
    /// then sends only the cells that changed.
    public func show(on screen: Screen) {
        screen.clear()
        for row in 0..<size.rows {
            var start = 0
            while start < size.cols {
                let style = styles[row * size.cols + start]
                var end = start + 1
                while end < size.cols, styles[row * size.cols + end] == style { end += 1 }
                let text = String(characters[(row * size.cols + start)..<(row * size.cols + end)])
                screen.put(text, at: Position(col: start, row: row), style: style)
                start = end
            }
        }
        screen.refresh()
    }

    /// What a terminal without Unicode shows instead of the screens' few non-ASCII characters.
    static func ascii(_ character: Character) -> Character {
        switch character {
        case "█": return "#"
        case "▀": return "\""
        case "▄": return "_"
        case "·": return "-"
        case "×": return "x"
        case "÷": return "/"
        case "✓": return "+"
        case "✗": return "x"
        case "★": return "*"
        case "☆": return "."
        case "…": return "."
        case "→": return ">"
        case "─": return "-"
        case "│": return "|"
        case "┌", "┐", "└", "┘": return "+"
        default:
            if let scalar = character.unicodeScalars.first, (0x2800...0x28FF).contains(scalar.value) { return "#" }
            return character
        }
    }

    private func inside(_ p: Position) -> Bool {
        p.col >= 0 && p.col < size.cols && p.row >= 0 && p.row < size.rows
    }
}
