import Terminal
import XCTest

final class GlyphsTests: XCTestCase {
    func testOutlineDrawsEdgesAndSides() {
        let runs = Glyphs.ascii.outline(of: Rect(col: 2, row: 1, cols: 4, rows: 4))
        XCTAssertEqual(runs.map(\.text), ["+--+", "|", "|", "|", "|", "+--+"])
        XCTAssertEqual(runs.map(\.position), [
            Position(col: 2, row: 1), Position(col: 2, row: 2), Position(col: 5, row: 2),
            Position(col: 2, row: 3), Position(col: 5, row: 3), Position(col: 2, row: 4),
        ])
    }

    func testOutlineOfTheSmallestFrameHasNoSides() {
        XCTAssertEqual(Glyphs.unicode.outline(of: Rect(col: 0, row: 0, cols: 2, rows: 2)).map(\.text), ["┌┐", "└┘"])
    }

    func testNoOutlineForRectsSmallerThanTwoByTwo() {
        XCTAssertTrue(Glyphs.unicode.outline(of: Rect(col: 0, row: 0, cols: 1, rows: 5)).isEmpty)
        XCTAssertTrue(Glyphs.unicode.outline(of: Rect(col: 0, row: 0, cols: 5, rows: 1)).isEmpty)
    }
}
