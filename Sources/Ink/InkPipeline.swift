/// From a drawing to the 28×28 images of its digits, left to right: segmentation, anti-aliased rendering in a
/// fine grid that respects the cell aspect, and MNIST-style normalisation.
///
/// The question screen, `astro-numbers recognize`, `pen-bench` and the trainer's pen-data rendering all go
/// through `digitImages(of:)`, so the network sees at training time exactly what it will see in class.
///
/// ```swift
/// let drawing = Drawing(canvas: Canvas(cols: 48, rows: 16), strokes: strokes)
/// for image in InkPipeline.digitImages(of: drawing) { print(image.asciiArt) }
/// ```
public enum InkPipeline {
    /// The images of the digits of `drawing`, left to right; empty when nothing but stray dots was drawn.
    public static func digitImages(of drawing: Drawing, settings: InkSettings = .standard) -> [DigitImage] {
        let groups = Segmenter(settings: settings).digits(of: drawing)
        let renderer = DigitRenderer(settings: settings)
        return groups.map { renderer.image(of: $0) }
    }

    /// Each digit's images in every reading view of `settings`, left to right: the upright image first, then
    /// one per `readingRotations` angle. The recognizer averages the network's probabilities over the views.
    public static func digitViews(of drawing: Drawing, settings: InkSettings = .standard) -> [[DigitImage]] {
        let groups = Segmenter(settings: settings).digits(of: drawing)
        let renderer = DigitRenderer(settings: settings)
        return groups.map { strokes in
            [renderer.image(of: strokes)] + settings.readingRotations.map { renderer.image(of: strokes, rotatedBy: $0) }
        }
    }

    /// The strokes of each digit, left to right, in canvas units (1 = one cell width, y down): what
    /// segmentation decided, before rendering. Useful to show the child which marks were read as one digit.
    public static func digitStrokes(of drawing: Drawing, settings: InkSettings = .standard) -> [[[InkPoint]]] {
        Segmenter(settings: settings).digits(of: drawing)
    }
}

/// A point in canvas units: x in cell widths, y in cell widths too (a cell is `cellAspect` units tall), y down.
public struct InkPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The centre of a cell.
    public init(cell: CellPoint, cellAspect: Double) {
        x = Double(cell.col) + 0.5
        y = (Double(cell.row) + 0.5) * cellAspect
    }
}

/// The knobs of the ink pipeline. `.standard` holds the values tuned on held-out pen-data writers (docs/ink.md
/// and docs/lab-notes.md); other values exist for tuning experiments only.
///
/// ```swift
/// var settings = InkSettings.standard
/// settings.penWidth = 0.15
/// let images = InkPipeline.digitImages(of: drawing, settings: settings)
/// ```
public struct InkSettings: Hashable, Sendable {
    /// Stroke width as a share of the 20-pixel box side (MNIST strokes are about 2-3 px of 20).
    public var penWidth: Double
    /// Fine-grid pixels per output pixel along each axis (area-averaged down to 28×28).
    public var supersampling: Int
    /// Passes of a [1 2 1]/4 smoothing of each stroke's interior points (undoes the cell staircase).
    public var smoothingPasses: Int
    /// Straighten slanted digits from the second moments of their strokes, as often done for MNIST.
    public var deskew: Bool
    /// Largest deskew shear (|dx/dy|) applied.
    public var maximumShear: Double
    /// Strokes whose extent is at most this share of the tallest stroke (and at most two cells in each
    /// direction) are stray dots and ignored.
    public var dotShare: Double
    /// Margin (share of the tallest stroke's height) by which a narrow part must lie inside a wider part's
    /// horizontal extent to be taken as part of the same digit.
    public var mergeMargin: Double
    /// How far (share of the tallest stroke's height) a stroke's end may stop short of another stroke's
    /// middle and still belong to it (the arm of a 4 that does not quite reach its upright).
    public var endReach: Double
    /// Width / height above which a group of strokes is taken for two digits written close together.
    public var widestDigit: Double
    /// Extra views each digit is read in, as rotations in degrees (after deskewing); empty = upright only.
    /// Averaging the network over a digit turned slightly both ways steadies its confidence: wrong readings
    /// rarely survive all three views, so the threshold can be lower and fewer right answers are refused.
    public var readingRotations: [Double] = []

    public init(penWidth: Double, supersampling: Int, smoothingPasses: Int, deskew: Bool, maximumShear: Double,
                dotShare: Double, mergeMargin: Double, endReach: Double, widestDigit: Double) {
        self.endReach = endReach
        self.widestDigit = widestDigit
        self.penWidth = penWidth
        self.supersampling = supersampling
        self.smoothingPasses = smoothingPasses
        self.deskew = deskew
        self.maximumShear = maximumShear
        self.dotShare = dotShare
        self.mergeMargin = mergeMargin
    }

    /// The tuned pipeline: each digit read upright and turned 6° either way.
    public static let standard: InkSettings = {
        var settings = InkSettings(penWidth: 0.13, supersampling: 4, smoothingPasses: 1, deskew: true,
                                   maximumShear: 0.5, dotShare: 0.2, mergeMargin: 0.08, endReach: 0.15, widestDigit: 1.2)
        settings.readingRotations = [6, -6]
        return settings
    }()
}
