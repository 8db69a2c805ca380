import Ink
import InkFakes
import XCTest

/// Segmentation decided by reading: candidate splits are read and the one whose digits read best together
/// (with the shape prior) wins.
final class SegmentationTests: XCTestCase {
    /// The sketched digits, known by heart.
    private let known = TemplateClassifier([
        (Sketch.zero(at: 0), 0), (Sketch.one(at: 0), 1), (Sketch.two(at: 0), 2), (Sketch.three(at: 0), 3),
        (Sketch.four(at: 0), 4), (Sketch.five(at: 0), 5), (Sketch.seven(at: 0), 7),
    ])

    /// Reads upright only: the template classifier knows upright images.
    private func read(_ strokes: [[CellPoint]], with classifier: DigitClassifier? = nil) -> Reading {
        var upright = InkSettings.standard
        upright.readingRotations = []
        return Recognizer(classifier: classifier ?? known, threshold: 0.5, settings: upright)
            .read(Drawing(canvas: Canvas(cols: 80, rows: 16), strokes: strokes))
    }

    func testTouchingDigitsDrawnInSeparateStrokesSplit() {
        XCTAssertEqual(read(Sketch.one(at: 10) + Sketch.five(at: 11)).answer, "15", "the 5 starts in the column after the 1")
        XCTAssertEqual(read(Sketch.one(at: 10) + Sketch.one(at: 11)).answer, "11", "two uprights side by side")
        XCTAssertEqual(read(Sketch.two(at: 5) + Sketch.three(at: 12)).answer, "23", "boxes overlapping by a column")
        XCTAssertEqual(read(Sketch.zero(at: 5) + Sketch.zero(at: 13)).answer, "00", "sharing a column")
        XCTAssertEqual(read(Sketch.seven(at: 5) + Sketch.four(at: 13)).answer, "74", "two two-stroke digits touching")
        XCTAssertEqual(read(Sketch.one(at: 3) + Sketch.two(at: 4) + Sketch.three(at: 12) + Sketch.four(at: 20)).answer, "1234")
    }

    func testSplitIsGivenAsStrokesPerDigit() {
        let reading = read(Sketch.seven(at: 5) + Sketch.one(at: 14) + Sketch.four(at: 16))
        XCTAssertEqual(reading.answer, "714")
        XCTAssertEqual(reading.digitStrokes, [[0, 1], [2], [3, 4]])
        XCTAssertTrue(reading.readable)
    }

    func testPiecesThatReadWellAloneStayOneDigitWhenTheyBelongTogether() {
        // The shape classifier reads any thin upright as a sure 1 and the rest as an unsure 0: a 4's upright
        // alone reads better than the whole 4, but it crosses the arm and lies inside its extent.
        let shapes = ShapeClassifier()
        XCTAssertEqual(read(Sketch.four(at: 5), with: shapes).digitStrokes, [[0, 1]], "4: L and crossing upright")
        XCTAssertEqual(read(Sketch.five(at: 5), with: shapes).digitStrokes, [[0, 1]], "5: body and flag")
        XCTAssertEqual(read(Sketch.seven(at: 5), with: shapes).digitStrokes, [[0, 1]], "7: bar and diagonal")
        XCTAssertEqual(read([Sketch.stroke((10, 2), (10, 13)), Sketch.stroke((7, 13), (13, 13))], with: shapes).digitStrokes,
                       [[0, 1]], "1 and its base")
        XCTAssertEqual(read([Sketch.stroke((7, 4), (10, 2)), Sketch.stroke((10, 2), (10, 13))], with: shapes).digitStrokes,
                       [[0, 1]], "1 and its flag drawn apart")
    }

    func testTheReadingDecidesWhereGeometryCannot() {
        // A 4 whose arm stops two cells short of its upright: nothing crosses or overlaps. Its upright alone reads
        // as a sure 1 but its L as no digit, so the whole 4, read as a sure 4, wins.
        let open = [Sketch.stroke((7, 2), (5, 9), (10, 9)), Sketch.stroke((12, 3), (12, 13))]
        let classifier = TemplateClassifier([(open, 4), (Sketch.one(at: 0), 1)])
        XCTAssertEqual(read(open, with: classifier).digitStrokes, [[0, 1]])
        XCTAssertEqual(read(open, with: classifier).answer, "4")
        // The same two strokes where the whole reads as no digit but the L as a sure 6: two digits.
        let six = TemplateClassifier([([open[0]], 6), (Sketch.one(at: 0), 1)])
        XCTAssertEqual(read(open, with: six).answer, "61")
    }

    func testAStrokeAddedLaterJoinsItsDigit() {
        // The 4's L, then the 1 beside it, then the 4's upright: not consecutive in writing order.
        let four = Sketch.four(at: 5)
        let reading = read([four[0]] + Sketch.one(at: 17) + [four[1]])
        XCTAssertEqual(reading.answer, "41")
        XCTAssertEqual(reading.digitStrokes, [[0, 2], [1]])
    }

    func testStrokesGivenRightToLeftComeBackLeftToRight() {
        let answer = Sketch.one(at: 3) + Sketch.two(at: 8) + Sketch.three(at: 20) + Sketch.four(at: 32)
        let reading = read(answer.reversed())
        XCTAssertEqual(reading.answer, "1234")
        XCTAssertEqual(reading.digitStrokes, [[4], [3], [2], [0, 1]])
    }

    func testStrayDotsAreIgnoredButTapsOnADigitCount() {
        let one = Sketch.one(at: 10)
        XCTAssertEqual(read(one + [Sketch.stroke((40, 14))]).digitStrokes, [[0]], "a stray tap")
        XCTAssertEqual(read(one + [Sketch.stroke((30, 1), (31, 1))]).digitStrokes, [[0]], "a two-cell smudge")
        XCTAssertNil(read([Sketch.stroke((40, 14))]).answer, "a lone tap is not an answer")
        XCTAssertEqual(read(Sketch.zero(at: 5) + [Sketch.stroke((9, 8))], with: ShapeClassifier()).digitStrokes, [[0, 1]],
                       "the tap inside the 0 belongs to it")
    }

    func testEmptyDrawingHasNoDigits() {
        XCTAssertNil(read([]).answer)
        XCTAssertNil(read([[], []]).answer)
        XCTAssertNil(InkPipeline.digitImage(of: Sketch.drawing()))
    }

    func testRealMultiStrokeDigitsStayWholeAndTouchingPairsSplit() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.url("pendigits-sample.txt"))   // 4 5 1 7 | 0 3
        for rows in [12, 16, 20] {
            let classifier = TemplateClassifier(samples.map { (TerminalReplay.drawing(of: [$0], canvasRows: rows).strokes, $0.label) })
            let recognizer = Recognizer(classifier: classifier, threshold: 0.5)
            for sample in samples {
                let reading = recognizer.read(TerminalReplay.drawing(of: [sample], canvasRows: rows))
                XCTAssertEqual(reading.answer, String(sample.label), "digit \(sample.label) at \(rows) rows")
            }
            for (a, b) in zip(samples, samples.dropFirst()) {
                let reading = recognizer.read(TerminalReplay.drawing(of: [a, b], canvasRows: rows, gap: 0))
                XCTAssertEqual(reading.answer, "\(a.label)\(b.label)", "touching pair at \(rows) rows")
            }
        }
    }
}
