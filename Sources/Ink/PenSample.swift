/// A point of a pen trajectory in tablet units (UNIPEN: integers, y pointing up).
public struct PenPoint: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// One digit written on a tablet: who wrote it, what it is, and its strokes (pen down ... pen up).
///
/// ```swift
/// let samples = try PenDigits.read(contentsOf: url)
/// let heldOut = samples.filter { $0.writer > 22 }
/// ```
public struct PenSample: Hashable, Sendable {
    /// The writer number from the `.COMMENT <label> <writer> <sample>` line.
    public var writer: Int
    /// The digit, 0...9.
    public var label: Int
    /// Tablet units, y up.
    public var strokes: [[PenPoint]]

    public init(writer: Int, label: Int, strokes: [[PenPoint]]) {
        self.writer = writer
        self.label = label
        self.strokes = strokes
    }
}
