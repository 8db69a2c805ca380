import Ink

/// A classifier for segmentation tests that knows a few digit drawings by heart: an image close to the upright
/// image of one of them (squared distance under `tolerance` of the template's own ink) reads as that digit
/// with `sureness`, anything else as unsure (a weak 8, 0.2). So a split reads well only when each of its
/// digits is one of the known drawings.
public struct TemplateClassifier: DigitClassifier {
    var templates: [(image: [Float], digit: Int)] = []
    var sureness: Float = 0.95
    var tolerance: Float = 0.25

    /// `digits`: each a digit's strokes (drawn anywhere on a 60×16 canvas) and its label.
    public init(_ digits: [(strokes: [[CellPoint]], digit: Int)]) {
        for (strokes, digit) in digits {
            let drawing = Drawing(canvas: Canvas(cols: 80, rows: 16), strokes: strokes)
            if let image = InkPipeline.digitImage(of: drawing) { templates.append((image.pixels, digit)) }
        }
    }

    public func probabilities(for image: [Float]) -> [Float] {
        let nearest = templates.map { t in
            (t.digit, zip(t.image, image).reduce(Float(0)) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / t.image.reduce(0) { $0 + $1 * $1 })
        }.min { $0.1 < $1.1 }
        let (digit, sure) = nearest.map { $0.1 < tolerance ? ($0.0, sureness) : (8, 0.2) } ?? (8, 0.2)
        var p = [Float](repeating: (1 - sure) / 9, count: 10)
        p[digit] = sure
        return p
    }
}
