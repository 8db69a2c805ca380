import EnglishCatalogue
import XCTest
@testable import SafeOutput

final class TerminalTextTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    /// The attack from the hardening issue: retitle the window, then clear it.
    func testEscapeSequencesAreShownNotSent() {
        let name = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let shown = TerminalText.visible(name)
        XCTAssertEqual(shown, "^[]0;pwned^G^[[2J")
        XCTAssertFalse(shown.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    func testEveryControlCharacterGetsAMark() {
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let shown = TerminalText.visible("a\(Character(scalar))b")
            XCTAssertTrue(shown.hasPrefix("a") && shown.hasSuffix("b"), shown)
            XCTAssertFalse(shown.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16)) survived")
            XCTAssertTrue(shown.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }, shown)
        }
        XCTAssertEqual(TerminalText.visible("\t\n\r\u{7F}\0"), "^I^J^M^?^@")
        XCTAssertEqual(TerminalText.visible("\u{9B}31m"), "<U+009B>31m")
    }

    func testBidiControlsAndLineSeparatorsAreShown() {
        XCTAssertEqual(TerminalText.visible("Ada\u{202E}txt.exe"), "Ada<U+202E>txt.exe")
        for value: UInt32 in [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                              0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029] {
            let text = String(Character(Unicode.Scalar(value)!))
            XCTAssertEqual(TerminalText.visible(text), "<U+" + String(format: "%04X", value) + ">")
        }
    }

    func testOrdinaryTextIsUnchanged() {
        for text in ["Ada", "Chloé", "Chloe\u{301}", "Zoë O'Brien-Smith", "李小龍", "مريم", "👩‍👩‍👧 family", "", "7 + 8 = ?"] {
            XCTAssertEqual(TerminalText.visible(text), text)
            XCTAssertFalse(TerminalText.hasInvisibleControls(text))
        }
    }

    func testVisibleLinesKeepsLineBreaksOnly() {
        XCTAssertEqual(TerminalText.visibleLines("one\ntwo\u{1B}[1m\r\n"), "one\ntwo^[[1m^M\n")
    }
}
