import Foundation
import Messages

/// The language of a run: `--language` when given, else the locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
/// `LANG`, see `LanguageChoice`), with English for whatever a translation lacks. The catalogues are the
/// `Messages/` folder found beside the program (`ProgramResources`).
///
/// ```swift
/// Messages.current = try ProgramLanguage.messages(language: ProgramLanguage.requested(in: CommandLine.arguments))
/// ```
public enum ProgramLanguage {
    /// The option that chooses the language.
    public static let option = "--language"

    /// The value of `--language X` or `--language=X` in `arguments` (before any `--`), if given: the program
    /// reads it before parsing the rest, so even a parsing error is said in that language.
    public static func requested(in arguments: [String]) -> String? {
        var found: String?
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == option {
                found = rest.popFirst() ?? ""
            } else if argument.hasPrefix(option + "=") {
                found = String(argument.dropFirst(option.count + 1))
            }
        }
        return found
    }

    /// The messages for `language` (nil: the environment's) from `resources`' `Messages/` folder.
    public static func messages(language: String?, resources: ProgramResources = .process) throws -> Messages {
        guard let folder = resources.messages() else { throw ProgramLanguageError.noCatalogues }
        let fromEnvironment = LanguageChoice.preferred(environment: resources.environment)
        guard let language else { return try Messages.load(folder: folder, languages: fromEnvironment) }
        let available = Messages.available(in: folder)
        guard let code = LanguageChoice.code(ofLocale: language.replacingOccurrences(of: "-", with: "_")),
              LanguageChoice.fallbacks(of: code).contains(where: available.contains) else {
            // Said in the environment's language: the one asked for has no messages.
            let messages = try Messages.load(folder: folder, languages: fromEnvironment)
            throw ProgramLanguageError.unknown(messages.text("error.language", ["language": language, "available": available.joined(separator: ", ")]))
        }
        return try Messages.load(folder: folder, languages: [code])
    }
}
