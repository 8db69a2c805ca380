import Terminal
import XCTest

final class ColorPolicyTests: XCTestCase {
    func testNoColorIsHonoured() {
        XCTAssertFalse(ColorPolicy.useColor(environment: ["NO_COLOR": "1"], terminalHasColors: true))
        XCTAssertTrue(ColorPolicy.useColor(environment: ["NO_COLOR": ""], terminalHasColors: true))
        XCTAssertTrue(ColorPolicy.useColor(environment: [:], terminalHasColors: true))
        XCTAssertFalse(ColorPolicy.useColor(environment: [:], terminalHasColors: false))
    }

    func testMonochromeKeepsRolesDistinguishable() {
        XCTAssertEqual(Style(.bad).effectiveAttributes(colorEnabled: false), [.bold, .underline])
        XCTAssertEqual(Style(.bad).effectiveAttributes(colorEnabled: true), [])
        XCTAssertEqual(Style(.button, [.bold]).effectiveAttributes(colorEnabled: false), [.bold, .reverse])
        XCTAssertNotEqual(Style(.good).effectiveAttributes(colorEnabled: false), Style(.bad).effectiveAttributes(colorEnabled: false))
    }
}

final class GeometryTests: XCTestCase {
    func testRect() {
        let rect = Rect(col: 1, row: 2, cols: 78, rows: 20)
        XCTAssertTrue(rect.contains(Position(col: 1, row: 2)))
        XCTAssertTrue(rect.contains(Position(col: 78, row: 21)))
        XCTAssertFalse(rect.contains(Position(col: 79, row: 21)))
        XCTAssertFalse(rect.contains(Position(col: 1, row: 22)))
        XCTAssertEqual(rect.inset(by: 1), Rect(col: 2, row: 3, cols: 76, rows: 18))
        XCTAssertEqual(Rect(col: 0, row: 0, cols: 1, rows: 1).inset(by: 1).size, Size(cols: 0, rows: 0))
        XCTAssertEqual(rect.clamp(Position(col: -5, row: 100)), Position(col: 1, row: 21))
    }

    func testSizeContains() {
        XCTAssertTrue(Size(cols: 80, rows: 24).contains(Size(cols: 80, rows: 24)))
        XCTAssertFalse(Size(cols: 79, rows: 30).contains(Size(cols: 80, rows: 24)))
    }
}
