import Foundation
import Messages
import XCTest
@testable import AstroNumbers
import EnglishCatalogue

/// Choosing the language of a run: `--language`, else the locale, from the `Messages/` folder found beside
/// the program (here the repository's).
final class ProgramLanguageTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func resources(_ environment: [String: String]) -> ProgramResources {
        ProgramResources(environment: environment, currentDirectory: repository, executable: nil)
    }

    func testTheOptionIsReadBeforeParsing() {
        XCTAssertNil(ProgramLanguage.requested(in: ["astro-numbers", "play"]))
        XCTAssertEqual(ProgramLanguage.requested(in: ["astro-numbers", "play", "--language", "es"]), "es")
        XCTAssertEqual(ProgramLanguage.requested(in: ["astro-numbers", "--language=fr", "report"]), "fr")
        XCTAssertEqual(ProgramLanguage.requested(in: ["astro-numbers", "quiz", "show", "--language"]), "")
        XCTAssertNil(ProgramLanguage.requested(in: ["astro-numbers", "quiz", "show", "--", "--language", "es"]))
    }

    func testTheLocaleOrTheOptionChoosesTheCatalogue() throws {
        XCTAssertEqual(try ProgramLanguage.messages(language: nil, resources: resources(["LANG": "es_ES.UTF-8"])).language, "es")
        XCTAssertEqual(try ProgramLanguage.messages(language: nil, resources: resources(["LC_ALL": "fr_CA.UTF-8"])).language, "fr")
        XCTAssertEqual(try ProgramLanguage.messages(language: nil, resources: resources(["LANG": "de_DE.UTF-8"])).language, "en",
                       "a language without a catalogue falls back to English")
        XCTAssertEqual(try ProgramLanguage.messages(language: nil, resources: resources(["LC_ALL": "C.UTF-8"])).language, "en")
        XCTAssertEqual(try ProgramLanguage.messages(language: "fr", resources: resources(["LANG": "es_ES.UTF-8"])).language, "fr")
        XCTAssertEqual(try ProgramLanguage.messages(language: "es-MX", resources: resources([:])).language, "es")
    }

    func testALanguageWithoutACatalogueIsOneLineInTheLocalesLanguage() {
        XCTAssertThrowsError(try ProgramLanguage.messages(language: "xx", resources: resources(["LANG": "es_ES.UTF-8"]))) { error in
            XCTAssertEqual("\(error)", "--language xx: no hay mensajes en ese idioma (hay: en, es, fr)")
        }
        XCTAssertThrowsError(try ProgramLanguage.messages(language: "../en", resources: resources([:]))) { error in
            XCTAssertEqual("\(error)", "--language ../en: no messages in that language (there are: en, es, fr)")
        }
        let nowhere = ProgramResources(environment: [:], currentDirectory: URL(fileURLWithPath: "/proc"), executable: nil)
        XCTAssertThrowsError(try ProgramLanguage.messages(language: nil, resources: nowhere)) { error in
            XCTAssertEqual("\(error)", "the program's messages are missing (no Messages folder beside it); reinstall it")
        }
    }
}
