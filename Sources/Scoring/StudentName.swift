import Foundation
import Messages
import SafeOutput

/// What a student's name may be, the same wherever a name comes from (typed on the welcome screen, given
/// with `--student`, passed to ``RecordStore/startSession(student:quizTitle:quizFile:contentHash:questionCount:seed:)``):
/// at least one letter or digit, at most ``maximumLength`` characters, no control or direction-changing
/// characters. A name is stored trimmed and in Unicode NFC, so "Chloé" typed with a precomposed é and with
/// e + U+0301 is one student.
///
/// ```swift
/// try StudentName.normalised("  Chloe\u{301} ")   // "Chloé" (NFC)
/// try StudentName.normalised("\u{1B}[2J")         // throws RecordStoreError.invalidStudentName(…, .controlCharacters)
/// ```
public enum StudentName {
    /// Longest name, in characters as a child sees them (the welcome screen's field).
    public static let maximumLength = 24

    /// Why a name was refused.
    public enum Problem: String, Hashable, Sendable {
        case noLetterOrDigit = "name.no-letter"
        case tooLong = "name.too-long"
        case controlCharacters = "name.control"

        /// What is wrong, in the language of this run: "a name has at most 24 characters".
        public var message: String { tr(rawValue, ["count": StudentName.maximumLength]) }
    }

    /// The name as it is stored and compared: trimmed, NFC. Throws ``RecordStoreError/invalidStudentName(_:_:)``.
    public static func normalised(_ name: String) throws -> String {
        if let problem = problem(with: name) { throw RecordStoreError.invalidStudentName(name, problem) }
        return name.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    }

    /// What is wrong with `name`, or nil when it is a valid name.
    public static func problem(with name: String) -> Problem? {
        if TerminalText.hasInvisibleControls(name) { return .controlCharacters }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { return .noLetterOrDigit }
        guard trimmed.count <= maximumLength else { return .tooLong }
        return nil
    }

    /// Whether a typed character may go into a name (the welcome screen drops the others).
    public static func allows(_ character: Character) -> Bool {
        !character.isNewline && !TerminalText.hasInvisibleControls(String(character))
    }

    /// A name fit to quote in a one-line message: controls shown visibly, cut after ``maximumLength``.
    public static func quoted(_ name: String) -> String {
        let cut = name.count > maximumLength ? String(name.prefix(maximumLength)) + "…" : name
        return "\"" + TerminalText.visible(cut) + "\""
    }
}
