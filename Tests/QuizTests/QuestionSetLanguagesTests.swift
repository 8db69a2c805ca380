import EnglishCatalogue
import Messages
import XCTest
@testable import Quiz

/// `title.es = "…"` and `description.es = "…"`: optional, strictly checked, and chosen by the language of the run.
final class QuestionSetLanguagesTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let questions = "\n[[question]]\nask = \"1 + 1\"\n"

    private func parse(_ head: String) throws -> QuestionSet {
        try QuestionSet.parse(Array((head + questions).utf8), file: "Quizzes/x.toml")
    }

    private func problems(_ head: String) -> String {
        do {
            _ = try parse(head)
            return "no problem"
        } catch {
            return "\(error)"
        }
    }

    func testOneTitleAndDescriptionPerLanguage() throws {
        let set = try parse("""
            title.en = "Sums"
            title.es = "Sumas"
            title.fr = "Additions"
            title.pt_BR = "Somas"
            description = "Adding."
            description.es = "Sumar."
            """.replacingOccurrences(of: "description = \"Adding.\"\n", with: "description.en = \"Adding.\"\n"))
        XCTAssertEqual(set.title, "Sums", "the records keep the English title")
        XCTAssertEqual(set.title(for: ["es_MX"]), "Sumas", "es_MX falls back to es")
        XCTAssertEqual(set.title(for: ["pt_BR"]), "Somas")
        XCTAssertEqual(set.title(for: ["de"]), "Sums")
        XCTAssertEqual(set.description(for: ["fr"]), "Adding.", "no French description: the set's own")
        XCTAssertEqual(set.description(for: ["es"]), "Sumar.")
        XCTAssertEqual(set.shownTitle, "Sums")
        XCTAssertEqual(try Messages.withCurrent(EnglishMessages.language("fr")) { set.shownTitle }, "Additions")

        let spanishOnly = try parse("title.es = \"Sumas\"\ndescription = \"Sumar.\"\n")
        XCTAssertEqual(spanishOnly.title, "Sumas", "without English, the first language written")
        let plain = try parse("title = \"Sums\"\ndescription = \"\"\n")
        XCTAssertEqual(plain.title(for: ["es"]), "Sums")
        XCTAssertEqual(plain.titles, [:])
    }

    func testMistakesAreOneLineEach() {
        XCTAssertEqual(problems("title = \"Sums\"\ntitle.es = \"Sumas\"\ndescription = \"\"\n"),
                       "Quizzes/x.toml:2: title: written both alone and per language; give every language its own line: title.en = \"…\", title.es = \"…\"")
        XCTAssertEqual(problems("title.spanish = \"Sumas\"\ndescription = \"\"\n"),
                       "Quizzes/x.toml:1: title.spanish: \"spanish\" is not a language code; use a code such as en, es, fr or pt_BR")
        XCTAssertEqual(problems("title.en = \"Sums\"\ntitle.pt-BR = \"Somas\"\ndescription = \"\"\n"),
                       "Quizzes/x.toml:2: title.pt-BR: \"pt-BR\" is not a language code; use a code such as en, es, fr or pt_BR")
        XCTAssertEqual(problems("title.es = 3\ndescription = \"\"\n"),
                       "Quizzes/x.toml:1: title.es: expected text in quotes, found the number 3")
        XCTAssertEqual(problems("title.es = \" \"\ndescription = \"\"\n"),
                       "Quizzes/x.toml:1: title.es: must not be empty")
        XCTAssertEqual(problems("title = {}\ndescription = \"\"\n"),
                       "Quizzes/x.toml:1: title: expected text in quotes, or one per language (title.en = \"…\"), found a table")
        XCTAssertEqual(problems("title = \"Sums\"\ndescription.en = [\"x\"]\n"),
                       "Quizzes/x.toml:2: description.en: expected text in quotes, found a list")
    }
}
