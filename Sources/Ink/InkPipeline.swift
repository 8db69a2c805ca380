/// From strokes to the 28×28 images the network reads: anti-aliased rendering in a fine grid that respects
/// the cell aspect, and MNIST-style normalisation. Which strokes make a digit is decided by reading
/// (`Recognizer`, which renders every candidate digit through here); these calls take a whole drawing as
/// one digit, as the trainer's pen-data images and tests need.
///
/// The question screen, `astro-numbers recognize`, `pen-bench` and the trainer's pen-data rendering all draw
/// through `DigitRenderer`, so the network sees at training time exactly what it will see in class.
///
/// ```swift
/// let drawing = Drawing(canvas: Canvas(cols: 48, rows: 16), strokes: strokes)   // one digit
/// if let image = InkPipeline.digitImage(of: drawing) { print(image.asciiArt) }
/// ```
public enum InkPipeline {
    /// The image of all strokes of `drawing` taken as one digit (stray dots dropped, a dot on the digit kept);
    /// nil when nothing but dots was drawn.
    public static func digitImage(of drawing: Drawing, settings: InkSettings = .standard) -> DigitImage? {
        digitViews(of: drawing, settings: settings).first
    }

    /// The images of all strokes of `drawing` taken as one digit, in every reading view of `settings`: the
    /// upright image first, then one per `readingRotations` angle (empty when nothing but dots was drawn).
    /// The recognizer averages the network's probabilities over the views.
    public static func digitViews(of drawing: Drawing, settings: InkSettings = .standard) -> [DigitImage] {
        let strokes = oneDigit(drawing, settings: settings)
        guard !strokes.isEmpty else { return [] }
        let renderer = DigitRenderer(settings: settings)
        return [renderer.image(of: strokes)] + settings.readingRotations.map { renderer.image(of: strokes, rotatedBy: $0) }
    }

    /// The strokes of `drawing` that make one digit, in canvas units: every stroke but dots away from the rest.
    static func oneDigit(_ drawing: Drawing, settings: InkSettings) -> [[InkPoint]] {
        let segmenter = Segmenter(settings: settings)
        guard let lattice = segmenter.prepared(drawing) else { return [] }
        return segmenter.attachDots(lattice, to: [lattice.marks])[0].map { lattice.strokes[$0]!.points }
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
    /// direction) are dots: they join the digit they lie on and are ignored elsewhere.
    public var dotShare: Double
    /// How candidate splits into digits are scored (`Segmenter`).
    public var segmentation: SegmentationSettings = .standard
    /// Extra views each digit is read in, as rotations in degrees (after deskewing); empty = upright only.
    /// Averaging the network over a digit turned slightly both ways steadies its confidence: wrong readings
    /// rarely survive all three views, so the threshold can be lower and fewer right answers are refused.
    public var readingRotations: [Double] = []

    public init(penWidth: Double, supersampling: Int, smoothingPasses: Int, deskew: Bool, maximumShear: Double,
                dotShare: Double) {
        self.penWidth = penWidth
        self.supersampling = supersampling
        self.smoothingPasses = smoothingPasses
        self.deskew = deskew
        self.maximumShear = maximumShear
        self.dotShare = dotShare
    }

    /// The tuned pipeline: each digit read upright and turned 6° either way.
    public static let standard: InkSettings = {
        var settings = InkSettings(penWidth: 0.13, supersampling: 4, smoothingPasses: 1, deskew: true,
                                   maximumShear: 0.5, dotShare: 0.2)
        settings.readingRotations = [6, -6]
        return settings
    }()
}
