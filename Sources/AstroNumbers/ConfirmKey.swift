import Messages
import Terminal

/// The key that says yes to "Stop the quiz?": `y` in every language, and the first letter of the language's
/// own yes (`key.yes` in the catalogue: `s` for sí, `o` for oui), in either case.
///
/// ```swift
/// if ConfirmKey.isYes(.character("s")) { … }   // true in Spanish
/// ```
enum ConfirmKey {
    static func isYes(_ key: Key) -> Bool {
        guard case .character(let c) = key else { return false }
        let yes = tr("key.yes").lowercased()
        return c == "y" || c == "Y" || (yes.count == 1 && String(c).lowercased() == yes)
    }
}
