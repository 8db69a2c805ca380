import XCTest
@testable import AstroNumbers
import EnglishCatalogue

final class BlockDigitsTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testLargeSevenIsSixColumnsByFiveRows() {
        XCTAssertEqual(BlockDigits.render("7", style: .large), [
            "██████",
            "    ██",
            "  ██  ",
            "  ██  ",
            "  ██  ",
        ])
    }

    func testCompactPacksTwoPixelRowsPerCell() {
        XCTAssertEqual(BlockDigits.render("1", style: .compact), [
            "▄█ ",
            " █ ",
            "▀▀▀",
        ])
    }

    func testEveryLineOfAProblemHasTheSameWidth() {
        for style in BlockDigits.Style.allCases {
            let lines = BlockDigits.render("12 × 3 = ?", style: style)
            XCTAssertEqual(Set(lines.map(\.count)).count, 1, "\(style)")
        }
    }

    func testOperatorSpellingsShareAGlyph() {
        XCTAssertEqual(BlockDigits.render("x", style: .large), BlockDigits.render("×", style: .large))
        XCTAssertEqual(BlockDigits.render("/", style: .large), BlockDigits.render("÷", style: .large))
    }

    func testFitFallsBackToCompactThenPlainText() {
        let short = "7 + 8 = ?"
        XCTAssertEqual(BlockDigits.fit(short, width: 78).count, 5)
        let long = "1234 + 5678 = ?"
        XCTAssertGreaterThan(BlockDigits.width(of: long, style: .large), 78)
        XCTAssertEqual(BlockDigits.fit(long, width: 78).count, 3)
        XCTAssertEqual(BlockDigits.fit(long, width: 20), [long])
    }

    func testEveryDigitHasAGlyph() {
        for digit in "0123456789" {
            XCTAssertNotNil(BlockDigits.glyphs[digit], "\(digit)")
            XCTAssertTrue(BlockDigits.render(String(digit), style: .large).joined().contains("█"))
        }
    }
}
