import Foundation
import Synchronization

/// The messages of the language chosen for this run: its catalogue (and its base language's, `es` for
/// `es_MX`), then English for any string a translation lacks. Every visible string comes from here, through
/// ``tr(_:_:)`` and ``tr(_:count:_:)``.
///
/// The program chooses once at start (`Messages.current = try Messages.load(folder:, languages:)`); tests
/// can show one piece of code in another language with ``withCurrent(_:_:)``.
///
/// ```swift
/// Messages.current = try Messages.load(folder: messagesFolder, languages: LanguageChoice.preferred(environment: env))
/// tr("welcome.prompt")                                  // "¿Cómo te llamas? "
/// tr("score.practise", count: 3)                        // " p: practica las 3 preguntas falladas "
/// tr("score.line", ["points": 8, "max": 10, "percent": 80, "time": "2:31"])
/// ```
public struct Messages: Sendable {
    /// Most specific first; English (when found) last.
    public let catalogues: [MessageCatalogue]
    /// The languages asked for, most wanted first, each followed by its base language (`es_MX`, `es`), whether
    /// or not a catalogue has them: what a question set's own `title.es` is chosen by.
    public let preferredLanguages: [String]

    /// `preferredLanguages` defaults to the catalogues' languages.
    public init(catalogues: [MessageCatalogue], preferredLanguages: [String]? = nil) {
        self.catalogues = catalogues
        self.preferredLanguages = preferredLanguages ?? catalogues.map(\.language)
    }

    /// The language shown: the first catalogue's (`en` when there is none).
    public var language: String { catalogues.first?.language ?? MessageCatalogue.english }

    /// The text of `key` with `values` in its placeholders; the key itself when no catalogue has it (a
    /// programming mistake the catalogue tests catch).
    public func text(_ key: String, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        for catalogue in catalogues {
            if let template = catalogue.template(key) { return template.render(values) }
        }
        return key
    }

    /// The plural form of `key` for `count` in the language of the catalogue that has it; `count` is also
    /// the value of the `{count}` placeholder unless `values` gives one.
    public func text(_ key: String, count: Int, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        var values = values
        if values["count"] == nil { values["count"] = count }
        for catalogue in catalogues {
            if let template = catalogue.template(key, count: count) { return template.render(values) }
        }
        return key
    }

    // MARK: Choosing and loading

    /// Loads the catalogues in `folder` for the first of `languages` that has one (`es_MX` tries
    /// `es_MX.toml`, then `es.toml`), and English (`en.toml`, which must be there) as the fallback. A
    /// catalogue with a mistake is an error naming its file and line.
    public static func load(folder: URL, languages: [String]) throws(CatalogueError) -> Messages {
        let englishURL = folder.appendingPathComponent("\(MessageCatalogue.english).toml")
        guard FileManager.default.fileExists(atPath: englishURL.path) else {
            throw CatalogueError(file: englishURL.relativePath, line: nil, "the English messages are missing (reinstall the program)")
        }
        let english = try MessageCatalogue.load(contentsOf: englishURL)
        var chosen: [MessageCatalogue] = []
        for language in languages {
            for code in LanguageChoice.fallbacks(of: language) where code != MessageCatalogue.english {
                let url = folder.appendingPathComponent("\(code).toml")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                chosen.append(try MessageCatalogue.load(contentsOf: url))
            }
            if !chosen.isEmpty || LanguageChoice.fallbacks(of: language).contains(MessageCatalogue.english) { break }
        }
        var preferred: [String] = []
        for code in languages.flatMap(LanguageChoice.fallbacks(of:)) where !preferred.contains(code) { preferred.append(code) }
        return Messages(catalogues: chosen + [english], preferredLanguages: preferred)
    }

    /// The language codes with a catalogue in `folder`, sorted.
    public static func available(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
            .filter(MessageCatalogue.isLanguageCode).sorted()
    }

    // MARK: The messages of this run

    private static let chosen = Mutex(Messages(catalogues: []))
    @TaskLocal private static var override: Messages?

    /// The messages every `tr` call uses: set once when the program starts. Before that (and in tests that
    /// set none) every text is its key.
    public static var current: Messages {
        get { override ?? chosen.withLock { $0 } }
        set { chosen.withLock { $0 = newValue } }
    }

    /// Runs `body` with `messages` as ``current`` for this task only (tests of one screen in a language).
    public static func withCurrent<T>(_ messages: Messages, _ body: () throws -> T) rethrows -> T {
        try $override.withValue(messages, operation: body)
    }
}

/// The text of `key` in the language of this run (see ``Messages``), placeholders filled from `values`.
///
/// ```swift
/// frame.put(tr("welcome.prompt"), at: p)
/// tr("status.progress", ["number": 3, "total": 10])   // "3 of 10"
/// ```
public func tr(_ key: String, _ values: [String: any CustomStringConvertible] = [:]) -> String {
    Messages.current.text(key, values)
}

/// The plural form of `key` for `count` (also its `{count}`), in the language of this run.
///
/// ```swift
/// tr("score.practise", count: 1)   // " p: practise the missed question "
/// ```
public func tr(_ key: String, count: Int, _ values: [String: any CustomStringConvertible] = [:]) -> String {
    Messages.current.text(key, count: count, values)
}
