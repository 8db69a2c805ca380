import Messages
/// Why the screen could not start, or why it stopped early. Descriptions are one line.
public enum TerminalError: Error, Hashable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (redirected, piped, or run from a script).
    case notATerminal
    /// ncurses does not know `TERM`.
    case unknownTerminal(String)
    /// A stop signal arrived while the screen was up; the terminal has been restored.
    case stopped(StopSignal)

    public var description: String {
        switch self {
        case .notATerminal:
            return tr("terminal.not-a-terminal")
        case .unknownTerminal(let term):
            return tr("terminal.unknown", ["term": term.isEmpty ? tr("terminal.unset") : term])
        case .stopped(let signal):
            return tr("terminal.stopped", ["signal": signal])
        }
    }
}
