/// What a piece of text is for. The screen maps each role to a colour pair when colour is on, and to
/// plain attributes (bold, reverse, underline, dim) when it is off, so every screen stays readable in
/// monochrome and with `NO_COLOR`.
public enum ColorRole: Int, CaseIterable, Hashable, Sendable {
    case normal = 0
    /// Strokes drawn by the child.
    case ink
    /// Borders and frames.
    case frame
    /// Titles and the sum being asked.
    case title
    /// Right answers, ticks.
    case good
    /// Wrong answers, warnings.
    case bad
    /// Help lines and hints.
    case hint
    /// Buttons and things to click.
    case button
    /// The ink of the second, third and fourth digit read in a drawing (the first is `ink`), so a child sees
    /// which strokes were read as one digit: `digitInks` cycles through them.
    case ink2, ink3, ink4

    /// The ink of each digit read, in turn (digit k has `digitInks[k % 4]`).
    public static let digitInks: [ColorRole] = [.ink, .ink2, .ink3, .ink4]

    /// Attributes used for this role without colour.
    var monochromeAttributes: Set<Attribute> {
        switch self {
        case .normal, .ink, .frame, .ink2, .ink3, .ink4: return []
        case .title: return [.bold]
        case .good: return [.bold]
        case .bad: return [.bold, .underline]
        case .hint: return [.dim]
        case .button: return [.reverse]
        }
    }
}

/// A text attribute.
public enum Attribute: Hashable, Sendable {
    case bold, dim, reverse, underline
}

/// How text is drawn: a role plus extra attributes.
///
///     screen.put("7 + 8 = ?", at: Position(col: 2, row: 1), style: Style(.title))
///     screen.put("Done", at: Position(col: 70, row: 22), style: Style(.button, [.bold]))
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var attributes: Set<Attribute>

    public init(_ role: ColorRole = .normal, _ attributes: Set<Attribute> = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let plain = Style()

    /// The attributes actually used: the role's monochrome attributes are added when colour is off.
    public func effectiveAttributes(colorEnabled: Bool) -> Set<Attribute> {
        colorEnabled ? attributes : attributes.union(role.monochromeAttributes)
    }
}

/// Whether to use colour. `NO_COLOR` (https://no-color.org: set and not empty) turns it off, and so
/// does a terminal without colours.
///
///     ColorPolicy.useColor(environment: ["NO_COLOR": "1"], terminalHasColors: true) // false
public enum ColorPolicy {
    public static func useColor(environment: [String: String], terminalHasColors: Bool) -> Bool {
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return terminalHasColors
    }
}
