/// How `Recognizer` scores candidate splits of a drawing into digits (see `Segmenter` for the score), and
/// the caps past which a drawing is not read at all. `.standard` holds the values chosen on validation
/// writers (README, section Ink); other values exist for tuning.
///
/// ```swift
/// var settings = InkSettings.standard
/// settings.segmentation.digitCost = 0.5
/// let recognizer = Recognizer(classifier: network, settings: settings)
/// ```
public struct SegmentationSettings: Hashable, Sendable {
    /// The most strokes one digit may have (a candidate is a run of at most this many strokes).
    public var maximumStrokesPerDigit: Int
    /// Past this many strokes (dots included) a drawing is not an answer and is not read.
    public var maximumStrokes: Int
    /// Candidates wider than this many times their height are not read (no digit is that wide; their shape
    /// prior alone rules them out).
    public var widestCandidate: Double
    /// Subtracted once per digit: what a split must gain in reading to be worth it.
    public var digitCost: Double
    /// Per unit of width / height above `widestRatio`.
    public var wideCost: Double
    public var widestRatio: Double
    /// Per unit of height share below `shortestShare` of the tallest digit.
    public var shortCost: Double
    public var shortestShare: Double
    /// For a digit whose strokes fall apart into groups that share no column.
    public var apartCost: Double
    /// Per digit height of horizontal distance between those groups.
    public var gapCost: Double
    /// Per share of horizontal overlap between two strokes put in different digits.
    public var overlapCost: Double
    /// For two strokes that cross but are put in different digits.
    public var crossCost: Double
    /// For a flag, bar or base put in another digit than a stroke it touches.
    public var touchCost: Double
    /// For two strokes put in different digits where an end of one lies near the middle of the other.
    public var reachCost: Double

    public init(maximumStrokesPerDigit: Int, maximumStrokes: Int, widestCandidate: Double, digitCost: Double, wideCost: Double, widestRatio: Double,
                shortCost: Double, shortestShare: Double, apartCost: Double, gapCost: Double, overlapCost: Double, crossCost: Double,
                touchCost: Double, reachCost: Double) {
        self.maximumStrokesPerDigit = maximumStrokesPerDigit
        self.maximumStrokes = maximumStrokes
        self.widestCandidate = widestCandidate
        self.digitCost = digitCost
        self.wideCost = wideCost
        self.widestRatio = widestRatio
        self.shortCost = shortCost
        self.shortestShare = shortestShare
        self.apartCost = apartCost
        self.gapCost = gapCost
        self.overlapCost = overlapCost
        self.crossCost = crossCost
        self.touchCost = touchCost
        self.reachCost = reachCost
    }

    public static let standard = SegmentationSettings(
        maximumStrokesPerDigit: 4, maximumStrokes: 40, widestCandidate: 2, digitCost: -0.5, wideCost: 20, widestRatio: 0.5,
        shortCost: 4, shortestShare: 0.75, apartCost: 0.1, gapCost: 0.5, overlapCost: 0.5, crossCost: 2, touchCost: 0.5,
        reachCost: 0.5)
}
