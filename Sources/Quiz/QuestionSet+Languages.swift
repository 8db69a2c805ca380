import Messages

/// A set's title and description in the language of a run: the set's own `title.es` when it gives one for
/// a language asked for (`es_MX` falls back to `es`), else its `title`.
///
/// ```swift
/// set.title(for: ["es"])   // "Sumas hasta 10" with title.es = "Sumas hasta 10"
/// set.shownTitle           // the same, for the language of this run (`Messages.current`)
/// ```
extension QuestionSet {
    public func title(for languages: [String]) -> String {
        Self.text(titles, for: languages) ?? title
    }

    public func description(for languages: [String]) -> String {
        Self.text(descriptions, for: languages) ?? description
    }

    /// The title in the language of this run.
    public var shownTitle: String { title(for: Messages.current.preferredLanguages) }
    /// The description in the language of this run.
    public var shownDescription: String { description(for: Messages.current.preferredLanguages) }

    private static func text(_ texts: [String: String], for languages: [String]) -> String? {
        guard !texts.isEmpty else { return nil }
        for code in languages.flatMap(LanguageChoice.fallbacks(of:)) {
            if let text = texts[code] { return text }
        }
        return nil
    }
}
