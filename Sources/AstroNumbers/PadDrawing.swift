import Terminal

/// The strokes drawn on the pad, in canvas cells (0-based from the canvas' top-left cell).
/// Pure data: the screen feeds it mouse positions; tests feed it directly.
///
///     var drawing = PadDrawing()
///     drawing.begin(at: Position(col: 2, row: 2))
///     drawing.extend(to: Position(col: 6, row: 2))   // a fast drag: cells 3…5 are joined in
///     drawing.end()
///     drawing.inkCells.count // 5
public struct PadDrawing: Hashable, Sendable {
    /// Each stroke as the points the mouse reported, in order (finished strokes and the one being drawn).
    public private(set) var strokes: [[Position]] = []
    /// True between a press and its release.
    public private(set) var isDrawing = false

    public init(strokes: [[Position]] = []) {
        self.strokes = strokes
    }

    /// Starts a new stroke (ending one left open, e.g. when a legacy terminal did not report the release).
    public mutating func begin(at point: Position) {
        strokes.append([point])
        isDrawing = true
    }

    /// Adds a point to the stroke being drawn; ignored when no stroke is open or the point repeats.
    public mutating func extend(to point: Position) {
        guard isDrawing, let last = strokes.indices.last, strokes[last].last != point else { return }
        strokes[last].append(point)
    }

    /// Ends the stroke being drawn.
    public mutating func end() { isDrawing = false }

    /// Removes every stroke.
    public mutating func clear() {
        strokes.removeAll()
        isDrawing = false
    }

    /// Removes the last stroke (the one being drawn, if any); false when there was none.
    @discardableResult
    public mutating func undo() -> Bool {
        isDrawing = false
        return strokes.popLast() != nil
    }

    /// The cells of stroke `index`, consecutive points joined by straight lines.
    public func cells(ofStroke index: Int) -> [Position] { Line.joining(strokes[index]) }

    /// Every inked cell.
    public var inkCells: Set<Position> {
        var ink = Set<Position>()
        for index in strokes.indices { ink.formUnion(cells(ofStroke: index)) }
        return ink
    }
}
