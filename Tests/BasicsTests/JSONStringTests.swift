import Basics
import Foundation
import XCTest

final class JSONStringTests: XCTestCase {
    func testEscapesWhatJSONRequiresAndKeepsTheRest() {
        XCTAssertEqual(JSONString.quoted("plain"), #""plain""#)
        XCTAssertEqual(JSONString.quoted(#"say "7" \ then"#), #""say \"7\" \\ then""#)
        XCTAssertEqual(JSONString.quoted("a\nb\rc\td"), #""a\nb\rc\td""#)
        XCTAssertEqual(JSONString.quoted("\u{1}\u{1F}"), #""\u0001\u001f""#)
        XCTAssertEqual(JSONString.quoted("Zoë ÷ 7"), "\"Zoë ÷ 7\"", "UTF-8 output: non-ASCII stays as it is")
    }

    func testJSONParsersReadBackTheSameText() throws {
        let text = "quote \" backslash \\ bell \u{7} newline \n é"
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONString.quoted(text).utf8), options: [.fragmentsAllowed])
        XCTAssertEqual(parsed as? String, text)
    }
}
