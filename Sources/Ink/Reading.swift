/// What the recognizer read in a drawing.
///
/// `answer` joins the digits' best guesses ("15"), `nil` when nothing was drawn or the drawing holds too much
/// ink to be an answer (past the caps of `SegmentationSettings`; nothing is read then). `readable` is false
/// in those cases, when more than `Recognizer.maximumDigits` digits were found, or when a digit's best
/// probability is below the threshold: the screen then asks the child to write again instead of marking the
/// answer. `digitStrokes` says which strokes were read as which digit, so the screen can show the split.
///
/// ```swift
/// let reading = recognizer.read(drawing)
/// if reading.readable, reading.answer == "15" { print("right") }
/// ```
public struct Reading: Sendable {
    public var answer: String?
    public var readable: Bool
    public var digits: [DigitReading]
    /// For each digit, left to right, the indices (into `Drawing.strokes`) of the strokes read as that digit;
    /// strokes in none of them were ignored (stray dots).
    public var digitStrokes: [[Int]]

    public init(answer: String?, readable: Bool, digits: [DigitReading], digitStrokes: [[Int]] = []) {
        self.answer = answer
        self.readable = readable
        self.digits = digits
        self.digitStrokes = digitStrokes
    }
}

/// One digit of a reading: the best guess, its probability, and the three likeliest digits, best first.
public struct DigitReading: Sendable {
    public var digit: Int
    public var probability: Float
    public var top: [(digit: Int, probability: Float)]
    /// All ten probabilities, digit 0 first (averaged over the reading views); what the records keep.
    public var probabilities: [Float]

    /// A reading known only by its best three; the other digits' probabilities count as 0.
    public init(digit: Int, probability: Float, top: [(digit: Int, probability: Float)]) {
        self.digit = digit
        self.probability = probability
        self.top = top
        var all = [Float](repeating: 0, count: 10)
        for entry in top where (0..<10).contains(entry.digit) { all[entry.digit] = entry.probability }
        probabilities = all
    }

    /// Reads probabilities (10 values, digit 0 first).
    public init(probabilities p: [Float]) {
        probabilities = p
        let ranked = p.indices.sorted { p[$0] != p[$1] ? p[$0] > p[$1] : $0 < $1 }
        top = ranked.prefix(3).map { (digit: $0, probability: p[$0]) }
        digit = ranked.first ?? 0
        probability = ranked.first.map { p[$0] } ?? 0
    }
}
