import Foundation
import XCTest
import Messages

/// The shipped catalogues against English, and the program's sources against English: a translation lacking
/// a key, having one English has not, or using other placeholders fails here, and so does a `tr("key")` in
/// the sources that English lacks.
final class ShippedCataloguesTests: XCTestCase {
    func testEveryShippedCatalogueHasEveryEnglishKeyWithTheSamePlaceholders() throws {
        let english = try ShippedCatalogues.load("en")
        let codes = Messages.available(in: ShippedCatalogues.folder)
        XCTAssertTrue(codes.contains("es") && codes.contains("fr"), "\(codes)")
        for code in codes where code != "en" {
            let catalogue = try ShippedCatalogues.load(code)
            XCTAssertEqual(catalogue.language, code)
            let missing = Set(english.messages.keys).subtracting(catalogue.messages.keys).sorted()
            XCTAssertEqual(missing, [], "\(code).toml lacks keys English has")
            let extra = Set(catalogue.messages.keys).subtracting(english.messages.keys).sorted()
            XCTAssertEqual(extra, [], "\(code).toml has keys English has not (a typo?)")
            for (key, message) in catalogue.messages {
                guard let englishMessage = english.messages[key] else { continue }
                XCTAssertEqual(Self.placeholders(message), Self.placeholders(englishMessage), "\(code).toml:\(catalogue.lines[key] ?? 0): \(key): other placeholders than English's")
                if case .plural(let forms) = message {
                    XCTAssertEqual(Set(forms.keys), catalogue.pluralRule.categories, "\(code).toml: \(key): every plural form of the language")
                }
            }
        }
    }

    /// A plural message's forms may leave out `{count}` ("the missed question") but no other placeholder.
    static func placeholders(_ message: MessageCatalogue.Message) -> Set<String> {
        switch message {
        case .single(let template): return template.placeholders
        case .plural(let forms): return forms.values.reduce(into: Set(["count"])) { $0.formUnion($1.placeholders) }
        }
    }

    func testEveryKeyTheSourcesUseIsInEnglish() throws {
        let english = try ShippedCatalogues.load("en")
        let sources = ShippedCatalogues.repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let pattern = try NSRegularExpression(pattern: #"(?:\btr|[mM]essages(?:\.current)?\.text)\("([a-z0-9_.-]+)""#)
        var used = 0
        for file in files {
            // Comments show examples of keys; only code counts.
            let text = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                used += 1
                XCTAssertNotNil(english.messages[key], "\(file.lastPathComponent) uses \(key), which Messages/en.toml lacks")
            }
        }
        XCTAssertGreaterThan(used, 0)
    }
}
