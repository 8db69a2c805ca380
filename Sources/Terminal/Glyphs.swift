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
