/// The characters the screens draw with: Unicode box drawing and blocks where the locale is UTF-8,
/// ASCII elsewhere (a terminal in the C locale would show UTF-8 as garbage).
///
///     screen.put(String(screen.glyphs.ink), at: p, style: Style(.ink))
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// One cell of ink (a full block).
    public var ink: Character
    /// Whether half blocks and braille may be used (`DotCanvas`).
    public var fineStrokes: Bool

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                       bottomLeft: "└", bottomRight: "┘", ink: "█", fineStrokes: true)
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                     bottomLeft: "+", bottomRight: "+", ink: "#", fineStrokes: false)
}

extension Glyphs {
    /// The text runs that draw a frame on the outermost cells of `rect` (empty when it is smaller than 2×2):
    /// the top and bottom edges as whole rows, the sides one cell each. `Screen.drawBox` and the screens'
    /// off-screen frames both put these runs, so a frame looks the same wherever it is drawn.
    ///
    ///     for run in Glyphs.ascii.outline(of: Rect(col: 0, row: 0, cols: 4, rows: 3)) {
    ///         screen.put(run.text, at: run.position)   // "+--+", "|", "|", "+--+"
    ///     }
    public func outline(of rect: Rect) -> [(text: String, position: Position)] {
        guard rect.size.cols >= 2, rect.size.rows >= 2 else { return [] }
        let inner = String(repeating: horizontal, count: rect.size.cols - 2)
        var runs: [(text: String, position: Position)] = [("\(topLeft)\(inner)\(topRight)", rect.origin)]
        for row in (rect.minRow + 1)..<(rect.maxRow - 1) {
            runs.append((String(vertical), Position(col: rect.minCol, row: row)))
            runs.append((String(vertical), Position(col: rect.maxCol - 1, row: row)))
        }
        runs.append(("\(bottomLeft)\(inner)\(bottomRight)", Position(col: rect.minCol, row: rect.maxRow - 1)))
        return runs
    }
}
