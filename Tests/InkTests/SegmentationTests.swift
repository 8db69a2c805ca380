import Ink
import XCTest

final class SegmentationTests: XCTestCase {
    private func count(_ strokes: [[CellPoint]], cols: Int = 60) -> Int {
        InkPipeline.digitStrokes(of: Drawing(canvas: Canvas(cols: cols, rows: 16), strokes: strokes)).count
    }

    func testTwoStrokeDigitsStayOneDigit() {
        XCTAssertEqual(count(Sketch.four(at: 5)), 1, "4: L and crossing upright")
        XCTAssertEqual(count(Sketch.five(at: 5)), 1, "5: body and flag")
        XCTAssertEqual(count(Sketch.seven(at: 5)), 1, "7: bar and diagonal")
        // 7 drawn as one stroke plus a crossbar through the middle of the diagonal.
        XCTAssertEqual(count([Sketch.stroke((5, 2), (13, 2), (8, 13)), Sketch.stroke((8, 8), (13, 8))]), 1)
        // 4 whose arm stops two cells short of its upright.
        XCTAssertEqual(count([Sketch.stroke((7, 2), (5, 9), (10, 9)), Sketch.stroke((12, 3), (12, 13))]), 1)
        // 5 whose flag starts a row above the body and reaches far right.
        XCTAssertEqual(count([Sketch.stroke((6, 3), (5, 7), (10, 6), (13, 9), (10, 13), (5, 12)),
                              Sketch.stroke((6, 2), (20, 2))]), 1)
    }

    func testOneWithFlagOrBaseStaysOneDigit() {
        XCTAssertEqual(count([Sketch.stroke((7, 4), (10, 2), (10, 13))]), 1, "flag in the same stroke")
        XCTAssertEqual(count([Sketch.stroke((10, 2), (10, 13)), Sketch.stroke((7, 13), (13, 13))]), 1, "separate base")
        XCTAssertEqual(count([Sketch.stroke((7, 4), (10, 2)), Sketch.stroke((10, 2), (10, 13))]), 1, "separate flag")
    }

    func testDigitsWrittenCloseTogetherSplit() {
        XCTAssertEqual(count(Sketch.one(at: 10) + Sketch.one(at: 13)), 2, "11, three columns apart")
        XCTAssertEqual(count(Sketch.one(at: 10) + Sketch.five(at: 12)), 2, "15, two columns apart")
        XCTAssertEqual(count(Sketch.two(at: 5) + Sketch.three(at: 13)), 2, "23 whose boxes overlap by a column")
        XCTAssertEqual(count(Sketch.seven(at: 5) + Sketch.four(at: 15)), 2, "two two-stroke digits")
        XCTAssertEqual(count(Sketch.zero(at: 5) + Sketch.zero(at: 14)), 2, "00 touching")
    }

    func testTooWideGroupIsSplitBackIntoDigits() {
        // A wide 4 whose arm stops two cells short of the middle of a wide 0: the arm "heads for" the 0, but a
        // group 29 units wide and 22 tall is two digits; the 4 keeps its two strokes.
        let four = [Sketch.stroke((8, 2), (5, 9), (18, 9)), Sketch.stroke((15, 4), (15, 13))]
        let zero = [Sketch.stroke((27, 2), (21, 4), (20, 8), (21, 12), (27, 13), (33, 12), (34, 8), (33, 4), (27, 2))]
        let digits = InkPipeline.digitStrokes(of: Sketch.drawing(four[0], four[1], zero[0]))
        XCTAssertEqual(digits.map(\.count), [2, 1])
        var loose = InkSettings.standard
        loose.widestDigit = 10
        XCTAssertEqual(InkPipeline.digitStrokes(of: Sketch.drawing(four[0], four[1], zero[0]), settings: loose).count, 1,
                       "without the width rule the arm's reach joins them")
    }

    func testOneToFourDigitsLeftToRight() {
        let answer = Sketch.one(at: 3) + Sketch.two(at: 8) + Sketch.three(at: 20) + Sketch.four(at: 32)
        XCTAssertEqual(count(Sketch.one(at: 3)), 1)
        XCTAssertEqual(count(Sketch.one(at: 3) + Sketch.two(at: 8)), 2)
        XCTAssertEqual(count(Sketch.one(at: 3) + Sketch.two(at: 8) + Sketch.three(at: 20)), 3)
        // Strokes given out of order still come back left to right.
        let digits = InkPipeline.digitStrokes(of: Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: answer.reversed()))
        XCTAssertEqual(digits.count, 4)
        let centres = digits.map { d in d.flatMap { $0 }.map(\.x).reduce(0, +) / Double(d.flatMap { $0 }.count) }
        XCTAssertEqual(centres, centres.sorted())
        XCTAssertEqual(digits[3].count, 2, "the 4 keeps both strokes")
    }

    func testStrayDotsAreIgnoredButTapsOnADigitCount() {
        let stray = [Sketch.stroke((40, 14))]
        XCTAssertEqual(count(Sketch.one(at: 10) + stray), 1)
        XCTAssertEqual(count(Sketch.one(at: 10) + [Sketch.stroke((30, 1), (31, 1))]), 1, "a two-cell smudge")
        XCTAssertEqual(count(stray), 0, "a lone tap is not an answer")
        let tapOnDigit = InkPipeline.digitStrokes(of: Sketch.drawing(Sketch.zero(at: 5)[0], Sketch.stroke((9, 8))))
        XCTAssertEqual(tapOnDigit.count, 1)
        XCTAssertEqual(tapOnDigit[0].count, 2, "the tap inside the 0 belongs to it")
    }

    func testEmptyDrawingHasNoDigits() {
        XCTAssertTrue(InkPipeline.digitImages(of: Sketch.drawing()).isEmpty)
        XCTAssertTrue(InkPipeline.digitImages(of: Drawing(canvas: Canvas(cols: 5, rows: 5), strokes: [[], []])).isEmpty)
    }

    func testRealTwoStrokeDigitsReplayedStayOneDigit() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.url("pendigits-sample.txt"))
        for sample in samples {
            for rows in [12, 16, 20] {
                let drawing = TerminalReplay.drawing(of: [sample], canvasRows: rows)
                XCTAssertEqual(InkPipeline.digitImages(of: drawing).count, 1, "digit \(sample.label) at \(rows) rows")
            }
        }
        let answer = TerminalReplay.drawing(of: samples, canvasRows: 16)
        XCTAssertEqual(InkPipeline.digitImages(of: answer).count, samples.count, "six digits side by side")
    }
}
