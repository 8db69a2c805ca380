import Ink
import XCTest

final class RenderingTests: XCTestCase {
    func testSingleCellTapIsInked() throws {
        // A tap on a digit is part of it; alone it is rendered as a dot when asked for its strokes' image.
        let zeroWithTap = [InkPipeline.digitImage(of: Sketch.drawing(Sketch.zero(at: 5)[0], Sketch.stroke((9, 8))))!]
        let zero = [InkPipeline.digitImage(of: Sketch.drawing(Sketch.zero(at: 5)[0]))!]
        XCTAssertGreaterThan(ImageMeasures(image: zeroWithTap[0]).total, ImageMeasures(image: zero[0]).total + 1,
                             "the tap in the middle of the 0 adds ink")
        let center = zeroWithTap[0][row: 14, col: 14] + zeroWithTap[0][row: 13, col: 14] + zeroWithTap[0][row: 14, col: 13]
        XCTAssertGreaterThan(center, 0.5, "\n\(zeroWithTap[0].asciiArt)")
    }

    func testTapJustAboveAnUprightIsDrawnAsADot() throws {
        // A 1 (rows 4-13) and a tap two rows above it: the tap belongs to the digit and shows as a dot,
        // separate from the line (a dip in the ink between them).
        let drawing = Sketch.drawing(Sketch.stroke((10, 4), (10, 13)), [CellPoint(col: 10, row: 2)])
        let image = try XCTUnwrap(InkPipeline.digitImage(of: drawing))
        let e = try XCTUnwrap(ImageMeasures(image: image).extent())
        XCTAssertGreaterThanOrEqual(e.rows.count, 19, "the tap sets the top of the digit")
        let rowPeaks = e.rows.map { r in (0..<28).map { image[row: r, col: $0] }.max() ?? 0 }
        XCTAssertGreaterThan(rowPeaks.prefix(3).max() ?? 0, 0.5, "the dot is inked\n\(image.asciiArt)")
        XCTAssertLessThan(rowPeaks.min() ?? 1, 0.6, "a gap between dot and line\n\(image.asciiArt)")
    }

    func testConsecutivePointsAreJoinedByLines() throws {
        // A stroke whose cells jump (a fast mouse): the two points must be joined, no gap in the line.
        let drawing = Sketch.drawing([CellPoint(col: 10, row: 2), CellPoint(col: 14, row: 13), CellPoint(col: 18, row: 2)])
        let image = try XCTUnwrap(InkPipeline.digitImage(of: drawing))
        let e = try XCTUnwrap(ImageMeasures(image: image).extent())
        for row in e.rows {
            let ink = (0..<28).map { image[row: row, col: $0] }.reduce(0, +)
            XCTAssertGreaterThan(ink, 0.3, "row \(row) has no ink:\n\(image.asciiArt)")
        }
    }

    func testEdgesAreAntiAliased() throws {
        let image = try XCTUnwrap(InkPipeline.digitImage(of: Sketch.drawing(Sketch.two(at: 5)[0])))
        let grey = image.pixels.filter { $0 > 0.05 && $0 < 0.95 }.count
        let solid = image.pixels.filter { $0 >= 0.95 }.count
        XCTAssertGreaterThan(grey, 20, "anti-aliased edges")
        XCTAssertGreaterThan(solid, 10, "solid stroke cores, as in MNIST")
    }

    func testStrokeWidthIsAboutTwoToThreePixels() throws {
        // An upright 1: the ink across one row is the stroke width (MNIST: about 2-3 px of a 20 px digit).
        let image = try XCTUnwrap(InkPipeline.digitImage(of: Sketch.drawing(Sketch.one(at: 10)[0])))
        let width = (0..<28).map { image[row: 14, col: $0] }.reduce(0, +)
        XCTAssertGreaterThan(width, 2.0)
        XCTAssertLessThan(width, 3.5)
    }
}
