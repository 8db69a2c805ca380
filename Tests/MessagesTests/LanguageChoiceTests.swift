import XCTest
import Messages

final class LanguageChoiceTests: XCTestCase {
    func testTheLocaleVariablesInGettextsOrder() {
        XCTAssertEqual(LanguageChoice.preferred(environment: [:]), ["en"])
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LANG": "es_ES.UTF-8"]), ["es_ES"])
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LANG": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"]), ["fr_FR"])
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LANG": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR", "LC_ALL": "de_DE@euro"]), ["de_DE"])
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LC_ALL": "", "LANG": "fr"]), ["fr"], "an empty variable counts as unset")
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"]), ["en"])
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LANG": "POSIX", "LANGUAGE": "fr"]), ["en"], "LANGUAGE is ignored in the C locale")
        XCTAssertEqual(LanguageChoice.preferred(environment: ["LANG": "es_MX.UTF-8", "LANGUAGE": "fr:de"]), ["fr", "de", "es_MX"])
    }

    func testLocaleNames() {
        XCTAssertEqual(LanguageChoice.code(ofLocale: "pt_br.utf8"), "pt_BR")
        XCTAssertEqual(LanguageChoice.code(ofLocale: "sr_RS@latin"), "sr_RS")
        XCTAssertEqual(LanguageChoice.code(ofLocale: "en_US_POSIX"), "en")
        XCTAssertNil(LanguageChoice.code(ofLocale: "C"))
        XCTAssertNil(LanguageChoice.code(ofLocale: "../../etc/passwd"))
        XCTAssertEqual(LanguageChoice.fallbacks(of: "es_MX"), ["es_MX", "es"])
    }
}
