import Terminal
import XCTest

final class KeyTests: XCTestCase {
    func testPlainCharacters() {
        XCTAssertEqual(Key(character: 10), .enter)
        XCTAssertEqual(Key(character: 13), .enter)      // raw mode with nonl: Enter is CR
        XCTAssertEqual(Key(character: 127), .backspace)
        XCTAssertEqual(Key(character: 8), .backspace)
        XCTAssertEqual(Key(character: 27), .escape)
        XCTAssertEqual(Key(character: 9), .tab)
        XCTAssertEqual(Key(character: 3), .control("c"))
        XCTAssertEqual(Key(character: 0x71), .character("q"))
        XCTAssertEqual(Key(character: 0x20), .character(" "))
        XCTAssertEqual(Key(character: 0xE9), .character("é"))
    }

    func testDigits() {
        for value in 0...9 {
            let key = Key(character: UInt32(0x30 + value))
            XCTAssertEqual(key.digit, value)
        }
        XCTAssertNil(Key.character("a").digit)
        XCTAssertNil(Key.character("٣").digit)   // not an ASCII digit
        XCTAssertNil(Key.enter.digit)
    }

    func testKeyCodes() {
        // ncurses' key codes (octal in curses.h): a stable ABI.
        XCTAssertEqual(Key(keyCode: 0o407), .backspace)
        XCTAssertEqual(Key(keyCode: 0o527), .enter)
        XCTAssertEqual(Key(keyCode: 0o403), .up)
        XCTAssertEqual(Key(keyCode: 0o402), .down)
        XCTAssertEqual(Key(keyCode: 0o404), .left)
        XCTAssertEqual(Key(keyCode: 0o405), .right)
        XCTAssertEqual(Key(keyCode: 0o512), .delete)
        XCTAssertEqual(Key(keyCode: 0o410 + 1), .function(1))
        XCTAssertEqual(Key(keyCode: 0o410 + 12), .function(12))
        XCTAssertEqual(Key(keyCode: 0o410 + 13), .other(0o410 + 13))
    }
}
