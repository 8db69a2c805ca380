import XCTest
import Ink
@testable import AstroNumbers
import EnglishCatalogue

final class FineCanvasTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func drawing(_ strokes: [[(Int, Int)]], cols: Int = 6, rows: Int = 3) -> Drawing {
        Drawing(canvas: Canvas(cols: cols, rows: rows), strokes: strokes.map { $0.map { CellPoint(col: $0.0, row: $0.1) } })
    }

    func testATapInksTheMiddleOfItsCell() {
        let lines = FineCanvas.render(drawing([[(1, 1)]]), style: .braille)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines.map(\.count), [6, 6, 6])
        // Dots 2, 3, 5, 6 (the middle two rows of both columns) = 0x36.
        XCTAssertEqual(lines[1], " \u{2836}    ")
        XCTAssertEqual(lines[0].trimmingCharacters(in: .whitespaces), "")
    }

    func testAHorizontalStrokeIsOneContinuousBrailleLine() {
        let lines = FineCanvas.render(drawing([[(0, 1), (5, 1)]]), style: .braille)
        XCTAssertEqual(lines[1], String(repeating: "\u{2836}", count: 6))
    }

    func testADiagonalIsFinerThanWholeCells() {
        let fine = FineCanvas.render(drawing([[(0, 0), (5, 2)]]), style: .braille)
        let inked = fine.joined().filter { $0 != " " }
        XCTAssertGreaterThanOrEqual(inked.count, 6, "every column the line crosses shows ink")
        // No cell is completely full: the line is thinner than a cell.
        XCTAssertFalse(inked.contains("\u{28FF}"))
    }

    func testHalfBlocksUseTheUpperOrLowerHalf() {
        let lines = FineCanvas.render(drawing([[(0, 0), (2, 0)], [(0, 2)]], cols: 3, rows: 3), style: .halfBlock)
        XCTAssertEqual(lines, ["▄▄▄", "   ", "▄  "])
        let vertical = FineCanvas.render(drawing([[(1, 0), (1, 2)]], cols: 3, rows: 3), style: .halfBlock)
        XCTAssertEqual(vertical, [" ▄ ", " █ ", " █ "])
    }

    func testCellsStyleJoinsSkippedCells() {
        let lines = FineCanvas.render(drawing([[(0, 0), (4, 0)]], cols: 5, rows: 1), style: .cells)
        XCTAssertEqual(lines, ["#####"])
    }

    func testPointsOutsideTheCanvasAreClipped() {
        let lines = FineCanvas.render(drawing([[(-3, 1), (9, 1)]], cols: 4, rows: 2), style: .cells)
        XCTAssertEqual(lines, ["    ", "####"])
    }
}
