/// The colours of each `ColorRole` on a light or a dark background, chosen so that every one has a WCAG
/// contrast ratio of at least 4.5:1 (level AA) with the background it is drawn on, in xterm's colours
/// (`XtermColors`); `PaletteTests` computes them all. A terminal with 256 colours gets colours from the
/// 6×6×6 cube (numbers ≥ 16, which bold never changes); one with 8 gets the 8 ANSI colours without bold,
/// since xterm shows bold 0–7 as its brighter 8–15 (`boldColors`), which can fall below 4.5:1 (bold red
/// on black, bold black on white); the few colours no background suits become badges (white on red).
///
/// `-1` is the terminal's own default colour, assumed black on white for `light` and white on black for
/// `dark`.
///
/// ```swift
/// let palette = Palette(theme: .light, colors: 256)
/// palette.colors(for: .title)   // (18, -1): navy on the terminal's white
/// ```
public struct Palette: Hashable, Sendable {
    public let theme: Theme
    /// True for the 256-colour palettes; false for the 8-colour ones, which draw without bold.
    public let richColors: Bool

    /// The palette for `theme` on a terminal with `colors` colours.
    public init(theme: Theme, colors: Int) {
        self.theme = theme
        richColors = colors >= 256
    }

    /// Whether bold is used on coloured text (see the type's note).
    public var boldAllowed: Bool { richColors }

    /// The background `-1` stands for.
    public var defaultBackground: RGB { theme == .light ? .white : .black }
    /// The foreground `-1` stands for.
    public var defaultForeground: RGB { theme == .light ? .black : .white }

    /// Foreground and background colour numbers of `role` (-1: the terminal's default).
    public func colors(for role: ColorRole) -> (foreground: Int16, background: Int16) {
        switch (theme, richColors) {
        case (.light, true):
            switch role {
            case .normal, .hint: return (-1, -1)
            case .ink: return (25, -1)        // #005faf
            case .frame: return (24, -1)      // #005f87
            case .title: return (18, -1)      // #000087 navy
            case .good: return (22, -1)       // #005f00
            case .bad: return (124, -1)       // #af0000
            case .button: return (231, 25)    // white on #005faf
            case .ink2: return (90, -1)       // #870087
            case .ink3: return (94, -1)       // #875f00
            case .ink4: return (28, -1)       // #008700
            }
        case (.dark, true):
            switch role {
            case .normal, .hint: return (-1, -1)
            case .ink: return (51, -1)        // #00ffff
            case .frame: return (75, -1)      // #5fafff
            case .title: return (220, -1)     // #ffd700
            case .good: return (82, -1)       // #5fff00
            case .bad: return (203, -1)       // #ff5f5f
            case .button: return (16, 51)     // black on #00ffff
            case .ink2: return (213, -1)      // #ff87ff
            case .ink3: return (226, -1)      // #ffff00
            case .ink4: return (46, -1)       // #00ff00
            }
        case (.light, false):
            switch role {
            case .normal, .hint: return (-1, -1)
            case .ink, .frame, .title: return (4, -1)   // blue
            case .good: return (0, 2)         // black on green: green text is unreadable on white
            case .bad, .ink3: return (1, -1)  // red
            case .button: return (0, 6)       // black on cyan
            case .ink2: return (5, -1)        // magenta
            case .ink4: return (0, -1)        // black
            }
        case (.dark, false):
            switch role {
            case .normal, .hint: return (-1, -1)
            case .ink: return (6, -1)         // cyan
            case .frame, .ink2: return (7, -1)   // white: blue and magenta are too dark on black
            case .title, .ink3: return (3, -1)   // yellow
            case .good, .ink4: return (2, -1)    // green
            case .bad: return (7, 1)          // white on red: red text is too dark on black
            case .button: return (0, 6)       // black on cyan
            }
        }
    }
}
