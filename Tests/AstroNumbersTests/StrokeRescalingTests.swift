import XCTest
import Ink
@testable import AstroNumbers
import EnglishCatalogue

final class StrokeRescalingTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testSameCanvasKeepsEveryPoint() {
        let drawing = Drawing(canvas: Canvas(cols: 10, rows: 5), strokes: [[CellPoint(col: 1, row: 1), CellPoint(col: 2, row: 3)]])
        XCTAssertEqual(StrokeRescaling.rescale(drawing, to: Canvas(cols: 10, rows: 5)), drawing)
    }

    func testDoublingTheCanvasDoublesTheStroke() {
        let drawing = Drawing(canvas: Canvas(cols: 10, rows: 5), strokes: [[CellPoint(col: 0, row: 0), CellPoint(col: 9, row: 4)]])
        let bigger = StrokeRescaling.rescale(drawing, to: Canvas(cols: 20, rows: 10))
        XCTAssertEqual(bigger.canvas, Canvas(cols: 20, rows: 10))
        XCTAssertEqual(bigger.strokes, [[CellPoint(col: 1, row: 1), CellPoint(col: 19, row: 9)]])
    }

    func testAWiderWindowKeepsTheShapeAndCentresIt() {
        // A vertical stroke stays vertical and as tall when only the width grows.
        let drawing = Drawing(canvas: Canvas(cols: 20, rows: 10), strokes: [(0..<10).map { CellPoint(col: 10, row: $0) }])
        let wider = StrokeRescaling.rescale(drawing, to: Canvas(cols: 40, rows: 10))
        XCTAssertEqual(wider.strokes.count, 1)
        XCTAssertEqual(wider.strokes[0].map(\.row), Array(0..<10))
        XCTAssertEqual(Set(wider.strokes[0].map(\.col)), [20])
    }

    func testShrinkingDropsRepeatedCellsAndStaysInside() {
        let drawing = Drawing(canvas: Canvas(cols: 40, rows: 20), strokes: [(0..<40).map { CellPoint(col: $0, row: 19) }])
        let smaller = StrokeRescaling.rescale(drawing, to: Canvas(cols: 10, rows: 5))
        XCTAssertEqual(smaller.strokes[0].count, 10)
        XCTAssertTrue(smaller.strokes[0].allSatisfy(smaller.canvas.contains))
        XCTAssertEqual(Set(smaller.strokes[0].map(\.row)), [4])
    }

    func testRoundTripKeepsEveryStroke() {
        let strokes = [[CellPoint(col: 3, row: 2), CellPoint(col: 3, row: 12)], [CellPoint(col: 8, row: 5)]]
        let drawing = Drawing(canvas: Canvas(cols: 48, rows: 16), strokes: strokes)
        let back = StrokeRescaling.rescale(StrokeRescaling.rescale(drawing, to: Canvas(cols: 96, rows: 32)), to: drawing.canvas)
        XCTAssertEqual(back.strokes, strokes)
    }
}
