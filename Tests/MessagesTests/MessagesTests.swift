import XCTest
import Messages

final class MessagesTests: XCTestCase {
    private func catalogue(_ code: String, _ lines: String, plural: String = "n = 1") throws -> MessageCatalogue {
        try MessageCatalogue.parse(Array("language = \"\(code)\"\nname = \"\(code)\"\nplural.one = \"\(plural)\"\n\(lines)".utf8), file: "\(code).toml")
    }

    func testFallsBackToEnglishPerStringAndUsesEachCataloguesPlurals() throws {
        let english = try catalogue("en", "a = \"Hello {name}\"\nb = \"Bye\"\nq.one = \"one question\"\nq.other = \"{count} questions\"\n")
        let french = try catalogue("fr", "a = \"Bonjour {name}\"\nq.one = \"{count} question\"\nq.other = \"{count} questions\"\n", plural: "n = 0,1")
        let messages = Messages(catalogues: [french, english])
        XCTAssertEqual(messages.language, "fr")
        XCTAssertEqual(messages.text("a", ["name": "Ada"]), "Bonjour Ada")
        XCTAssertEqual(messages.text("b"), "Bye", "missing in French: English")
        XCTAssertEqual(messages.text("q", count: 0), "0 question", "French's rule: 0 is singular")
        XCTAssertEqual(Messages(catalogues: [english]).text("q", count: 0), "0 questions")
        XCTAssertEqual(Messages(catalogues: [english]).text("q", count: 1), "one question")
        XCTAssertEqual(messages.text("nowhere"), "nowhere", "a key no catalogue has shows as itself")
        XCTAssertEqual(messages.text("a"), "Bonjour {name}", "a missing value shows its placeholder")
    }

    func testTheCurrentMessagesAndATaskOfItsOwn() throws {
        let english = try catalogue("en", "a = \"Hello\"\n")
        let spanish = try catalogue("es", "a = \"Hola\"\n")
        let before = Messages.current
        defer { Messages.current = before }
        Messages.current = Messages(catalogues: [english])
        XCTAssertEqual(tr("a"), "Hello")
        XCTAssertEqual(Messages.withCurrent(Messages(catalogues: [spanish, english])) { tr("a") }, "Hola")
        XCTAssertEqual(tr("a"), "Hello")
    }

    func testLoadingChoosesTheMostSpecificCatalogueThenItsLanguageThenEnglish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ code: String, _ body: String) throws {
            try Data("language = \"\(code)\"\nname = \"\(code)\"\n\(body)".utf8).write(to: folder.appendingPathComponent("\(code).toml"))
        }
        try write("en", "a = \"color\"\nb = \"bye\"\nc = \"hi\"\n")
        try write("pt", "a = \"cor\"\nb = \"tchau\"\n")
        try write("pt_BR", "b = \"tchau!\"\n")
        XCTAssertEqual(Messages.available(in: folder), ["en", "pt", "pt_BR"])
        let brazil = try Messages.load(folder: folder, languages: ["pt_BR"])
        XCTAssertEqual(brazil.catalogues.map(\.language), ["pt_BR", "pt", "en"])
        XCTAssertEqual([brazil.text("a"), brazil.text("b"), brazil.text("c")], ["cor", "tchau!", "hi"])
        XCTAssertEqual(try Messages.load(folder: folder, languages: ["de", "pt"]).language, "pt", "the first language with a catalogue")
        XCTAssertEqual(try Messages.load(folder: folder, languages: ["en_GB", "pt"]).language, "en", "English chosen is English")
        try write("de", "a = \"{\"\n")
        XCTAssertThrowsError(try Messages.load(folder: folder, languages: ["de"])) { error in
            XCTAssertTrue("\(error)".hasSuffix("de.toml:3: a: a { opens a placeholder that is never closed (write {{ for a brace)"), "\(error)")
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("en.toml"))
        XCTAssertThrowsError(try Messages.load(folder: folder, languages: ["pt"])) { error in
            XCTAssertTrue("\(error)".hasSuffix("en.toml: the English messages are missing (reinstall the program)"), "\(error)")
        }
    }
}
