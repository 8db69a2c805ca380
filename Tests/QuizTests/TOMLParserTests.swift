import EnglishCatalogue
import XCTest
@testable import Quiz

/// The TOML parser of question sets: TOML 1.0 read right, every error one line with its line number, and
/// the inputs fuzzing found (scripts/fuzz, Fuzz/QuestionSetFuzzer) kept as regression tests.
final class TOMLParserTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func parse(_ text: String) throws -> TOMLTable { try TOMLParser.parse(text) }

    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let table = try TOMLParser.parse(text)
            XCTFail("accepted: \(table)", file: file, line: line)
            return ""
        } catch let error as TOMLParseError {
            return "\(error.line): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try QuestionSet.parse(Array(text.utf8), file: "x.toml")
            return []
        } catch let error as QuestionSetError {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    // MARK: Regressions found by fuzzing (toml++ 3.4, the parser before this one, aborted or went undefined)

    /// The shipped missing-numbers set with `[[generate]]` mistyped `[=generate]]`.
    func testATableNameStartingWithAnEqualsSign() {
        let text = """
            title = "Missing numbers"
            description = "Find the number that is hidden."

            [[question]]
            ask = "? + 3 = 7"

            [=generate]]
            op = "-"

            """
        XCTAssertEqual(problems(text), ["x.toml:7: not valid TOML: expected a key (a letter, a digit, _, - or a quote), found '='"])
    }

    /// The times-table set with `left = [0, 10]` mistyped `left = [0,}10]`.
    func testAClosingBraceInAList() {
        let text = "title = \"The 2 times table\"\n[[generate]]\nop = \"×\"\nleft = [0,}10]\nright = 2\ncount = 11\n"
        XCTAssertEqual(problems(text), ["x.toml:4: not valid TOML: expected a value (text in quotes, a number, true, false, [list] or {table}), found '}'"])
    }

    /// Other inputs that broke toml++'s preconditions (upstream marzer/tomlplusplus#294 and #301).
    func testOtherInputsThatBrokeTheOldParser() {
        XCTAssertEqual(error("[&"), "1: expected a key (a letter, a digit, _, - or a quote), found '&'")
        XCTAssertEqual(error("[[[1]]]"), "1: expected a key (a letter, a digit, _, - or a quote), found '['")
        XCTAssertEqual(error("[\nx = 1\n"), "1: expected a key (a letter, a digit, _, - or a quote), found the end of the line")
        XCTAssertEqual(error("a = [1,,2]"), "1: expected a value (text in quotes, a number, true, false, [list] or {table}), found ','")
        XCTAssertEqual(error("a = " + String(repeating: "[", count: 100)), "1: values nested more than 64 deep")
    }

    // MARK: TOML 1.0

    func testKeysAndTables() throws {
        let root = try parse("""
            # comment
            title = "T"   # trailing comment
            "quoted key" = 1
            'literal key' = 2
            dotted.inner.key = 3
            [settings]
            questions = 10
            [ a . "b" . c ]
            d = true
            [[question]]
            ask = "1 + 1"
            [[question]]
            ask = "2 + 2"
            [question.extra]
            x = 1
            """)
        XCTAssertEqual(root.keys, ["title", "quoted key", "literal key", "dotted", "settings", "a", "question"])
        XCTAssertEqual(root["dotted"]?.table?["inner"]?.table?["key"]?.int, 3)
        XCTAssertEqual(root["settings"]?.table?["questions"]?.int, 10)
        XCTAssertEqual(root["a"]?.table?["b"]?.table?["c"]?.table?["d"]?.bool, true)
        let questions = try XCTUnwrap(root["question"]?.array)
        XCTAssertEqual(questions.compactMap { $0.table?["ask"]?.string }, ["1 + 1", "2 + 2"])
        XCTAssertEqual(questions[1].table?["extra"]?.table?["x"]?.int, 1, "a sub-table of the last [[question]]")
    }

    func testStrings() throws {
        let root = try parse(#"""
            basic = "tab\t quote\" backslash\\ e\u00E9 smile\U0001F600"
            literal = 'C:\path\no escapes'
            multi = """
            one
            two \
                 three"""
            multiLiteral = '''
            [=not a header]
            ''''
            quotes = """a""b"""""
            """#)
        XCTAssertEqual(root["basic"]?.string, "tab\t quote\" backslash\\ eé smile😀")
        XCTAssertEqual(root["literal"]?.string, #"C:\path\no escapes"#)
        XCTAssertEqual(root["multi"]?.string, "one\ntwo three")
        XCTAssertEqual(root["multiLiteral"]?.string, "[=not a header]\n'")
        XCTAssertEqual(root["quotes"]?.string, "a\"\"b\"\"")
    }

    func testNumbersBooleansDatesListsAndInlineTables() throws {
        let root = try parse("""
            a = +17
            b = -0
            c = 1_000
            d = 0xDEAD_beef
            e = 0o17
            f = 0b1010
            g = 6.626e-34
            h = -inf
            i = 3.0
            j = false
            k = 1979-05-27T07:32:00Z
            l = 1979-05-27 07:32:00.999
            m = 07:32:00
            n = 1979-05-27
            o = [ 1, "two", [3], { x = 4 }, ]
            p = { left = [1, 10], deep.key = "v" }
            q = [
              1, # comment
              2,
            ]
            """)
        XCTAssertEqual([root["a"], root["b"], root["c"], root["d"], root["e"], root["f"]].map { $0?.int }, [17, 0, 1000, 0xDEADBEEF, 15, 10])
        XCTAssertEqual(root["g"]?.double, 6.626e-34)
        XCTAssertEqual(root["h"]?.double, -.infinity)
        XCTAssertEqual(root["i"]?.double, 3.0)
        XCTAssertNil(root["i"]?.int, "a float is not a whole number")
        XCTAssertEqual(root["j"]?.bool, false)
        XCTAssertEqual([root["k"], root["l"], root["m"], root["n"]].map { $0?.type }, [.date, .date, .date, .date])
        XCTAssertEqual(root["o"]?.array?.count, 4)
        XCTAssertEqual(root["o"]?.array?[3].table?["x"]?.int, 4)
        XCTAssertEqual(root["p"]?.table?["left"]?.array?.compactMap(\.int), [1, 10])
        XCTAssertEqual(root["p"]?.table?["deep"]?.table?["key"]?.string, "v")
        XCTAssertEqual(root["q"]?.array?.compactMap(\.int), [1, 2])
    }

    func testErrorsNameTheirLine() {
        XCTAssertEqual(error("a = 1\na = 2"), "2: a is defined twice")
        XCTAssertEqual(error("[s]\n[s]"), "2: [s] is defined twice")
        XCTAssertEqual(error("a.b = 1\n[a]"), "2: [a] is defined twice")
        XCTAssertEqual(error("a = {x = 1}\n[a]"), "2: [a] is defined twice")
        XCTAssertEqual(error("a = [1]\n[[a]]"), "2: a is already defined, not as an array of tables")
        XCTAssertEqual(error("a = 1\n[a.b]"), "2: a is already a value, not a table")
        XCTAssertEqual(error("x = \"open\ny = 1"), "1: text in quotes is not closed on its line (use \"\"\" for text over several lines)")
        XCTAssertEqual(error("x = \"\\q\""), "1: unknown escape \\q (use \\\\ for a backslash)")
        XCTAssertEqual(error("x = 012"), "1: 012 is not a number, true, false or a date")
        XCTAssertEqual(error("x = 99999999999999999999"), "1: 99999999999999999999 is too large a number")
        XCTAssertEqual(error("x = 1 2"), "1: expected the end of the line after a value, found '2'")
        XCTAssertEqual(error("x = {a = 1,\n b = 2}"), "1: expected a key (a letter, a digit, _, - or a quote), found the end of the line")
        XCTAssertEqual(error("x = 1\r"), "1: a carriage return not followed by a line feed")
        XCTAssertEqual(error("x = \"a\u{1B}b\""), "1: a control character (U+001B) in text; write it as an escape")
        XCTAssertEqual(error("\n\nx ="), "3: expected a value, found the end of the file")
    }

    /// Every shipped set reads the same as before (their checks are in ShippedSetsTests); CRLF files too.
    func testCRLFFilesReadTheSame() throws {
        let lf = "title = \"T\"\n[settings]\nquestions = 2\n"
        XCTAssertEqual(try parse(lf), try parse(lf.replacingOccurrences(of: "\n", with: "\r\n")))
    }
}
