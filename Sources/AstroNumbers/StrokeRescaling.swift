import Ink

/// Keeps a child's strokes when the window is resized mid-question: the drawing is scaled to the new
/// canvas by one factor for both axes (so a 7 keeps its shape and reads the same), centred, and each
/// point mapped to the cell under it, with repeated cells dropped.
///
/// ```swift
/// let bigger = StrokeRescaling.rescale(drawing, to: Canvas(cols: 96, rows: 20))
/// ```
public enum StrokeRescaling {
    /// The drawing on `canvas`. An empty canvas keeps the strokes empty; a drawing whose old canvas was
    /// empty is returned on the new canvas unchanged but clipped.
    public static func rescale(_ drawing: Drawing, to canvas: Canvas) -> Drawing {
        let old = drawing.canvas
        guard canvas.cols > 0, canvas.rows > 0 else { return Drawing(canvas: canvas, strokes: []) }
        guard old.cols > 0, old.rows > 0 else {
            return Drawing(canvas: canvas, strokes: drawing.strokes.map { $0.filter(canvas.contains) }.filter { !$0.isEmpty })
        }
        if old.cols == canvas.cols, old.rows == canvas.rows { return Drawing(canvas: canvas, strokes: drawing.strokes) }
        let scale = min(Double(canvas.cols) / Double(old.cols), Double(canvas.rows) / Double(old.rows))
        // Centre the scaled old canvas inside the new one.
        let offsetX = (Double(canvas.cols) - Double(old.cols) * scale) / 2
        let offsetY = (Double(canvas.rows) - Double(old.rows) * scale) / 2
        let strokes: [[CellPoint]] = drawing.strokes.map { stroke in
            var mapped: [CellPoint] = []
            for point in stroke {
                let x = (Double(point.col) + 0.5) * scale + offsetX
                let y = (Double(point.row) + 0.5) * scale + offsetY
                let cell = CellPoint(col: min(max(Int(x.rounded(.down)), 0), canvas.cols - 1),
                                     row: min(max(Int(y.rounded(.down)), 0), canvas.rows - 1))
                if mapped.last != cell { mapped.append(cell) }
            }
            return mapped
        }
        return Drawing(canvas: canvas, strokes: strokes.filter { !$0.isEmpty })
    }
}
