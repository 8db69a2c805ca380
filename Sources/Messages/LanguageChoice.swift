/// Which language a run speaks: `--language` when given, else the POSIX locale variables as gettext reads
/// them: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the first set and not empty); GNU's `LANGUAGE` list
/// first when that locale is not `C`/`POSIX`. `es_ES.UTF-8@euro` means `es_ES`, then `es`. No choice, or
/// the C locale, means English.
///
/// ```swift
/// LanguageChoice.preferred(environment: ["LANG": "es_ES.UTF-8"])            // ["es_ES"]
/// LanguageChoice.preferred(environment: ["LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"])   // ["en"]
/// LanguageChoice.fallbacks(of: "es_ES")                                      // ["es_ES", "es"]
/// ```
public enum LanguageChoice {
    /// Language codes to try in order (each with its fallbacks, see ``fallbacks(of:)``).
    public static func preferred(environment: [String: String]) -> [String] {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, let code = code(ofLocale: locale) else { return [MessageCatalogue.english] }
        var codes: [String] = []
        for entry in (environment["LANGUAGE"] ?? "").split(separator: ":") {
            if let listed = Self.code(ofLocale: String(entry)), !codes.contains(listed) { codes.append(listed) }
        }
        if !codes.contains(code) { codes.append(code) }
        return codes
    }

    /// The catalogue code of a locale name (`es_ES.UTF-8@euro` -> `es_ES`, `fr` -> `fr`); nil for `C`,
    /// `POSIX` and anything that is no language.
    public static func code(ofLocale locale: String) -> String? {
        let name = locale.prefix { $0 != "." && $0 != "@" }
        guard name != "C", name != "POSIX" else { return nil }
        let parts = name.split(separator: "_", maxSplits: 1)
        guard let language = parts.first else { return nil }
        let code = parts.count == 2 ? "\(language.lowercased())_\(parts[1].uppercased())" : language.lowercased()
        if MessageCatalogue.isLanguageCode(code) { return code }
        return MessageCatalogue.isLanguageCode(language.lowercased()) ? language.lowercased() : nil
    }

    /// `pt_BR` -> `["pt_BR", "pt"]`; `fr` -> `["fr"]`.
    public static func fallbacks(of code: String) -> [String] {
        guard let underscore = code.firstIndex(of: "_") else { return [code] }
        return [code, String(code[..<underscore])]
    }
}
