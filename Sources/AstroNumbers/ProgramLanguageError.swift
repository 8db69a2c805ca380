/// Why the language of a run could not be set up (one line).
///
/// ```swift
/// do { Messages.current = try ProgramLanguage.messages(language: "xx") } catch { print(error) }
/// // --language xx: no messages in that language (there are: en, es, fr)
/// ```
public enum ProgramLanguageError: Error, CustomStringConvertible {
    /// No `Messages/` folder beside the program.
    case noCatalogues
    /// `--language` names a language without a catalogue (the message, already translated).
    case unknown(String)

    public var description: String {
        switch self {
        // In English on purpose: without the catalogues there is no other language to say it in.
        case .noCatalogues: return "the program's messages are missing (no \(ProgramResources.messagesPath) folder beside it); reinstall it"
        case .unknown(let message): return message
        }
    }
}
