import Ink
import XCTest

final class NormalisationTests: XCTestCase {
    private func image(_ strokes: [[CellPoint]], rows: Int = 16, aspect: Double = 2.0) throws -> DigitImage {
        try XCTUnwrap(InkPipeline.digitImage(of: Drawing(canvas: Canvas(cols: 60, rows: rows, cellAspect: aspect), strokes: strokes)))
    }

    func testImageIs28By28WithInkBetweenZeroAndOne() throws {
        let img = try image(Sketch.zero(at: 5))
        XCTAssertEqual(img.pixels.count, 784)
        XCTAssertTrue(img.pixels.allSatisfy { $0 >= 0 && $0 <= 1 })
        // About as much ink as an MNIST digit (mean pixel about 0.13, i.e. about 100 in total).
        XCTAssertGreaterThan(ImageMeasures(image: img).total, 60)
        XCTAssertLessThan(ImageMeasures(image: img).total, 200)
    }

    func testOneKeepsItsAspectAndIsNotStretched() throws {
        let img = try image(Sketch.one(at: 10))
        let e = try XCTUnwrap(ImageMeasures(image: img).extent())
        XCTAssertGreaterThanOrEqual(e.rows.count, 19, "the long side fills the 20-pixel box")
        XCTAssertLessThanOrEqual(e.rows.count, 22)
        XCTAssertLessThanOrEqual(e.cols.count, 5, "a 1 stays a thin upright")
    }

    func testWideDigitFitsTheBoxByItsWidth() throws {
        // A flat stroke 20 cells wide and 1 row tall: width fills the box, height stays small.
        let img = try image([Sketch.stroke((5, 8), (25, 8)), Sketch.stroke((5, 9), (25, 9))])
        let e = try XCTUnwrap(ImageMeasures(image: img).extent())
        XCTAssertGreaterThanOrEqual(e.cols.count, 19)
        XCTAssertLessThanOrEqual(e.cols.count, 22)
        XCTAssertLessThanOrEqual(e.rows.count, 7)
    }

    func testCentreOfMassIsAtTheCentre() throws {
        // A 7 has most of its ink at the top: the shift must still put the centre of mass at the middle.
        for strokes in [Sketch.seven(at: 5), Sketch.four(at: 5), Sketch.two(at: 5), Sketch.one(at: 3)] {
            let com = ImageMeasures(image: try image(strokes)).centreOfMass
            XCTAssertEqual(com.x, 14, accuracy: 0.5)
            XCTAssertEqual(com.y, 14, accuracy: 0.5)
        }
    }

    func testSameDigitAtAnotherCanvasSizeLooksTheSame() throws {
        // The same 0 drawn twice as large: normalisation removes the size.
        let small = try image([Sketch.stroke((4, 1), (1, 3), (0, 6), (1, 9), (4, 10), (7, 9), (8, 6), (7, 3), (4, 1))], rows: 12)
        let large = try image([Sketch.stroke((8, 2), (2, 6), (0, 12), (2, 18), (8, 20), (14, 18), (16, 12), (14, 6), (8, 2))], rows: 24)
        let diff = zip(small.pixels, large.pixels).map { abs($0 - $1) }.reduce(0, +)
        XCTAssertLessThan(diff, 0.25 * ImageMeasures(image: large).total, "\n\(small.asciiArt)\n\(large.asciiArt)")
    }

    func testCellAspectIsRespected() throws {
        // A square drawn 8 cols × 4 rows is square on a 2.0 canvas but twice as wide as tall on a 1.0 canvas.
        let square = [Sketch.stroke((5, 3), (13, 3), (13, 7), (5, 7), (5, 3))]
        let onTall = try XCTUnwrap(ImageMeasures(image: try image(square)).extent(above: 0.3))
        let onSquare = try XCTUnwrap(ImageMeasures(image: try image(square, aspect: 1.0)).extent(above: 0.3))
        XCTAssertEqual(Double(onTall.rows.count), Double(onTall.cols.count), accuracy: 1.5)
        XCTAssertGreaterThan(Double(onSquare.cols.count), 1.6 * Double(onSquare.rows.count))
    }
}
