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
            return "not a terminal: stdin and stdout must both be a terminal; run astro-numbers directly in a terminal window, without pipes or redirection"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term.isEmpty ? "(unset)" : term): set TERM to one your system knows, e.g. TERM=xterm-256color"
        case .stopped(let signal):
            return "stopped by \(signal)"
        }
    }
}
