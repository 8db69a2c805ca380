/// How the terminal encodes mouse reports, chosen from terminfo's `kmous`.
///
/// ncurses decodes SGR reports (`ESC[<b;x;yM`) only when `kmous` is `ESC[<`; with any other `kmous`
/// it expects the legacy X10 encoding (`ESC[M` + three bytes, limited to 223 columns). Switching the
/// terminal to SGR where ncurses would not decode it would turn every click into garbage keys, so the
/// screen asks for SGR only where terminfo says so.
///
///     MouseEncoding(kmous: "\u{1B}[<") // .sgr
///     MouseEncoding(kmous: "\u{1B}[M") // .legacy
public enum MouseEncoding: String, Hashable, Sendable {
    case sgr
    case legacy

    public init(kmous: String?) {
        self = kmous?.hasPrefix("\u{1B}[<") == true ? .sgr : .legacy
    }

    /// What the screen writes to the terminal after `mousemask`: button-event tracking (`?1002`,
    /// press, drag with a button held, release; ncurses by itself only asks for `?1000`, which has no
    /// drags) and, for `.sgr`, the SGR encoding (`?1006`).
    public var enableSequence: String {
        switch self {
        case .sgr: return "\u{1B}[?1002h\u{1B}[?1006h"
        case .legacy: return "\u{1B}[?1002h"
        }
    }

    /// What the screen writes on exit to undo `enableSequence` (and ncurses' own `?1000`).
    public var disableSequence: String {
        switch self {
        case .sgr: return "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l"
        case .legacy: return "\u{1B}[?1002l\u{1B}[?1000l"
        }
    }
}
