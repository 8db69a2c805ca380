import Terminal
import XCTest

final class LineTests: XCTestCase {
    private func p(_ col: Int, _ row: Int) -> Position { Position(col: col, row: row) }

    func testHorizontalVerticalAndSinglePoint() {
        XCTAssertEqual(Line.cells(from: p(2, 3), to: p(5, 3)), [p(2, 3), p(3, 3), p(4, 3), p(5, 3)])
        XCTAssertEqual(Line.cells(from: p(4, 6), to: p(4, 3)), [p(4, 6), p(4, 5), p(4, 4), p(4, 3)])
        XCTAssertEqual(Line.cells(from: p(7, 7), to: p(7, 7)), [p(7, 7)])
    }

    func testShallowAndSteepLinesAreContiguousAndEndOnTheEndpoint() {
        for (start, end) in [(p(0, 0), p(10, 3)), (p(0, 0), p(3, 10)), (p(20, 9), p(1, 2)), (p(5, 0), p(0, 12))] {
            let cells = Line.cells(from: start, to: end)
            XCTAssertEqual(cells.first, start)
            XCTAssertEqual(cells.last, end)
            // One cell per step along the longer axis: no gaps, no doubles.
            XCTAssertEqual(cells.count, max(abs(end.col - start.col), abs(end.row - start.row)) + 1)
            for (a, b) in zip(cells, cells.dropFirst()) {
                XCTAssertLessThanOrEqual(abs(a.col - b.col), 1, "gap between \(a) and \(b)")
                XCTAssertLessThanOrEqual(abs(a.row - b.row), 1, "gap between \(a) and \(b)")
            }
        }
    }

    func testKnownBresenhamLine() {
        XCTAssertEqual(Line.cells(from: p(0, 0), to: p(3, 1)), [p(0, 0), p(1, 0), p(2, 1), p(3, 1)])
        XCTAssertEqual(Line.cells(from: p(20, 5), to: p(30, 10)).count, 11)
    }

    func testJoiningAPolylineDropsSharedCorners() {
        let cells = Line.joining([p(0, 0), p(2, 0), p(2, 2)])
        XCTAssertEqual(cells, [p(0, 0), p(1, 0), p(2, 0), p(2, 1), p(2, 2)])
        XCTAssertEqual(Line.joining([p(4, 4)]), [p(4, 4)])
        XCTAssertEqual(Line.joining([]), [])
    }
}
