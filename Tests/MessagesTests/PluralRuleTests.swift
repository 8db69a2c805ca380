import XCTest
import Messages

final class PluralRuleTests: XCTestCase {
    func testEnglishFrenchAndPolish() throws {
        XCTAssertEqual([0, 1, 2].map(PluralRule.english.category(for:)), [.other, .one, .other])
        let french = try PluralRule(["one": "n = 0,1"])
        XCTAssertEqual([0, 1, 2, 100].map(french.category(for:)), [.one, .one, .other, .other])
        let polish = try PluralRule(["one": "n = 1", "few": "n % 10 = 2..4 and n % 100 != 12..14",
                                     "many": "n != 1 and n % 10 = 0..1 or n % 10 = 5..9 or n % 100 = 12..14"])
        XCTAssertEqual([1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 122].map(polish.category(for:)),
                       [.one, .few, .few, .many, .many, .many, .many, .few, .many, .many, .few])
        XCTAssertEqual(polish.categories, [.one, .few, .many, .other])
        XCTAssertEqual(french.category(for: -1), .one, "a negative count takes its size's form")
        XCTAssertEqual(french.category(for: Int.min), .other)
    }

    func testMistakesAreSaid() {
        for (source, message) in [("", "the condition is empty"), ("x = 1", "a relation starts with n (e.g. n = 1, n % 10 = 2..4)"),
                                  ("n % 0 = 1", "% takes a whole number above 0"), ("n < 1", "unexpected \"<\""),
                                  ("n = 4..2", "a range is low..high, e.g. 2..4"), ("n = 1 n = 2", "expected and, or, or the end after a relation"),
                                  ("n = 12345678901", "the number 12345678901 is too long")] {
            XCTAssertThrowsError(try PluralRule(["one": source]), source) { error in
                XCTAssertEqual((error as? MessageSyntaxError)?.message, "plural.one: \(message)")
            }
        }
    }
}
