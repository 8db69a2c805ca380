import XCTest
@testable import Messages

final class CatalogueParserTests: XCTestCase {
    private let header = "language = \"fr\"\nname = \"Français\"\nplural.one = \"n = 0,1\"\n"

    private func parse(_ text: String) throws -> MessageCatalogue {
        try MessageCatalogue.parse(Array(text.utf8), file: "Messages/fr.toml")
    }

    private func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func testReadsMessagesPluralsEscapesAndComments() throws {
        let catalogue = try parse(header + """
            # a comment
              welcome.prompt = "Comment tu t'appelles ? "   # trailing comment
            score.practise.one = "p : refaire la question"
            score.practise.other = "p : refaire les {count} questions"
            odd = "\\u00e9t\\U0001F600 \\"q\\" \\\\ {{x}}"
            """ + "\r\n")
        XCTAssertEqual(catalogue.language, "fr")
        XCTAssertEqual(catalogue.name, "Français")
        XCTAssertEqual(catalogue.template("welcome.prompt")?.render([:]), "Comment tu t'appelles ? ")
        XCTAssertEqual(catalogue.template("score.practise", count: 0)?.render(["count": 0]), "p : refaire la question")
        XCTAssertEqual(catalogue.template("score.practise", count: 2)?.render(["count": 2]), "p : refaire les 2 questions")
        XCTAssertEqual(catalogue.template("odd")?.render([:]), "ét😀 \"q\" \\ {x}")
        XCTAssertEqual(catalogue.lines["score.practise"], 6)
    }

    func testEveryMistakeNamesTheFileAndLine() {
        XCTAssertEqual(error(header + "a = \"x\"\na = \"y\"\n"), "Messages/fr.toml:5: a is written twice (first on line 4)")
        XCTAssertEqual(error(header + "Welcome = \"x\""), "Messages/fr.toml:4: expected key = \"text\"; a key is small letters, digits, _ and - joined by dots, e.g. welcome.prompt")
        XCTAssertEqual(error(header + "[messages]"), "Messages/fr.toml:4: tables ([…]) are not used in a catalogue: write each key in full, e.g. welcome.prompt = \"…\"")
        XCTAssertEqual(error(header + "a \"x\""), "Messages/fr.toml:4: a: expected = after the key")
        XCTAssertEqual(error(header + "a = x"), "Messages/fr.toml:4: a: the text must be in double quotes, e.g. a = \"…\"")
        XCTAssertEqual(error(header + "a = \"x"), "Messages/fr.toml:4: a: the text has no closing \" on this line")
        XCTAssertEqual(error(header + "a = \"x\" y"), "Messages/fr.toml:4: a: unexpected text after the closing \" (a comment starts with #)")
        XCTAssertEqual(error(header + "a = \"\\q\""), "Messages/fr.toml:4: a: unknown escape \\q; only \\\", \\\\, \\uXXXX and \\UXXXXXXXX are used")
        XCTAssertEqual(error(header + "a = \"\\u00\""), "Messages/fr.toml:4: a: \\u takes 4 hexadecimal digits of a Unicode character, e.g. \\u00e9")
        XCTAssertEqual(error(header + "a = \"\u{1B}[31m\""), "Messages/fr.toml:4: a: the text holds the control character U+1B; messages are one line of visible text")
        XCTAssertEqual(error(header + "a = \"\\u001b\""), "Messages/fr.toml:4: a: the text holds the control character U+1B; messages are one line of visible text")
        XCTAssertEqual(error(header + "a = \"{Name}\""), "Messages/fr.toml:4: a: {Name} is not a placeholder: a name of small letters, digits and _ , e.g. {count}")
        XCTAssertEqual(error(header + "a = \"{name\""), "Messages/fr.toml:4: a: a { opens a placeholder that is never closed (write {{ for a brace)")
        XCTAssertEqual(error(header + "a = \"x}\""), "Messages/fr.toml:4: a: a } closes no placeholder (write }} for a brace)")
        XCTAssertEqual(error(header + "a.one = \"x\""), "Messages/fr.toml:4: a: a plural message needs an a.other form")
        XCTAssertEqual(error(header + "a.few = \"x\"\na.other = \"y\""), "Messages/fr.toml:4: a.few: this language's plural rule has no few form (it has one, other; add plural.few = \"…\" if it needs one)")
        XCTAssertEqual(error(header + "a = \"x\"\na.other = \"y\""), "Messages/fr.toml:5: a.other: a is already a message of its own (line 4)")
        XCTAssertEqual(error(header + "a.other = \"y\"\na = \"x\""), "Messages/fr.toml:5: a is already a plural message (a.… on line 4)")
        XCTAssertEqual(error("name = \"x\""), "Messages/fr.toml: no language = \"…\" line (the language code, e.g. language = \"fr\")")
        XCTAssertEqual(error("language = \"French\"\nname = \"x\""), "Messages/fr.toml:1: language = \"French\": expected a code such as es, fr or pt_BR")
        XCTAssertEqual(error("language = \"fr\"\nname = \" \""), "Messages/fr.toml:2: no name = \"…\" line (the language's own name, e.g. name = \"Français\")")
        XCTAssertEqual(error("language = \"fr\"\nname = \"x\"\nplural.one = \"n == 1\""), "Messages/fr.toml:3: plural.one: expected a number or a range such as 2..4")
        XCTAssertEqual(error("language = \"fr\"\nname = \"x\"\nplural.other = \"n = 1\""), "Messages/fr.toml:3: plural.other: needs no condition, it is every number the others leave")
        XCTAssertEqual(error("language = \"fr\"\nname = \"x\"\nplural.lots = \"n = 1\""), "Messages/fr.toml:3: plural.lots: not a plural category (zero, one, two, few, many)")
    }

    func testInvalidUTF8NamesItsLine() {
        XCTAssertThrowsError(try MessageCatalogue.parse(Array(header.utf8) + [0x61, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0x22], file: "f.toml")) { error in
            XCTAssertEqual((error as? CatalogueError)?.description, "f.toml:4: the line is not valid UTF-8 text (save the file as UTF-8)")
        }
    }

    func testTheFileNameMustBeItsLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("es.toml")
        try Data(header.utf8).write(to: url)
        XCTAssertThrowsError(try MessageCatalogue.load(contentsOf: url)) { error in
            XCTAssertEqual((error as? CatalogueError)?.description, "\(url.path):1: language = \"fr\" but the file is named es.toml; name it fr.toml")
        }
    }
}
