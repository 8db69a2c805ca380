import Foundation

/// One language's messages, read from a catalogue file such as `Messages/fr.toml`: every string a child or
/// teacher sees, by key, with placeholders (`{count}`) and plural forms (`key.one`, `key.other`). The format
/// is a strict subset of TOML, described for translators in `Messages/README.md`:
///
/// ```toml
/// language = "fr"
/// name = "Français"
/// plural.one = "n = 0,1"                 # which numbers take the `one` form (CLDR's rule)
///
/// welcome.prompt = "Comment tu t'appelles ? "
/// score.practise.one = " p : refaire la question ratée "
/// score.practise.other = " p : refaire les {count} questions ratées "
/// ```
///
/// ```swift
/// let french = try MessageCatalogue.load(contentsOf: folder.appendingPathComponent("fr.toml"))
/// french.message("welcome.prompt")
/// ```
public struct MessageCatalogue: Sendable {
    /// A message: one text, or one text per plural category.
    public enum Message: Hashable, Sendable {
        case single(MessageTemplate)
        case plural([PluralCategory: MessageTemplate])

        /// Every form's template.
        public var templates: [MessageTemplate] {
            switch self {
            case .single(let template): return [template]
            case .plural(let forms): return PluralCategory.allCases.compactMap { forms[$0] }
            }
        }
    }

    /// The language code, e.g. `fr` or `pt_BR`: the file's name without `.toml`.
    public let language: String
    /// The language's own name for itself ("Français"), for lists of languages.
    public let name: String
    public let pluralRule: PluralRule
    public let messages: [String: Message]
    /// The file as it was named, for messages.
    public let file: String
    /// The line of each message key (a plural message: its first form), for messages about the catalogue.
    public let lines: [String: Int]

    /// The language every other falls back to, and whose keys every catalogue must have.
    public static let english = "en"
    /// Keys every catalogue has besides its messages.
    public static let headerKeys: Set<String> = ["language", "name"]
    /// The largest catalogue file read (far above any real one).
    public static let maximumBytes = 1 << 20

    /// The text for `key`: its single form, or its plural form for `count` (nil: `other`).
    public func template(_ key: String, count: Int? = nil) -> MessageTemplate? {
        switch messages[key] {
        case .single(let template)?: return template
        case .plural(let forms)?:
            let category = count.map { pluralRule.category(for: $0) } ?? .other
            return forms[category] ?? forms[.other]
        case nil: return nil
        }
    }

    /// Reads and checks a catalogue file (named in errors by its path as given).
    public static func load(contentsOf url: URL) throws(CatalogueError) -> MessageCatalogue {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogueError(file: url.relativePath, line: nil, "cannot read the file (\((error as NSError).localizedDescription))")
        }
        let catalogue = try parse(Array(data), file: url.relativePath)
        let stem = url.deletingPathExtension().lastPathComponent
        guard catalogue.language == stem else {
            throw CatalogueError(file: url.relativePath, line: catalogue.lines["language"],
                                 "language = \"\(catalogue.language)\" but the file is named \(url.lastPathComponent); name it \(catalogue.language).toml")
        }
        return catalogue
    }

    /// Parses the bytes of a catalogue; every mistake is a `CatalogueError` with its line.
    public static func parse(_ bytes: [UInt8], file: String) throws(CatalogueError) -> MessageCatalogue {
        try CatalogueParser(file: file).parse(bytes)
    }

    init(language: String, name: String, pluralRule: PluralRule, messages: [String: Message], file: String, lines: [String: Int]) {
        self.language = language
        self.name = name
        self.pluralRule = pluralRule
        self.messages = messages
        self.file = file
        self.lines = lines
    }

    /// Whether `code` is a language code a catalogue may have: `es`, `fr`, `pt_BR` (2 or 3 small letters,
    /// optionally `_` and a 2-letter country in capitals).
    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count <= 2, (2...3).contains(parts[0].count),
              parts[0].unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        if parts.count == 2 {
            return parts[1].count == 2 && parts[1].unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
        }
        return true
    }
}
