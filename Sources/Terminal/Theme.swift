/// Whether the terminal's background is light (black text on white, xterm's default) or dark; each has its
/// own palette (`Palette`), so every colour stays readable on the background it is drawn on.
///
/// ```swift
/// Theme(rawValue: "light")   // `--theme light`
/// ```
public enum Theme: String, CaseIterable, Hashable, Sendable {
    case light, dark
}
