#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a terminal has gone away under the program: an SSH link dropped, a tmux session killed, a
/// window closed. Reads on such a terminal fail at once instead of waiting, so an input loop that only
/// waits for keys would spin on a core of the school's server for ever; `Screen.nextEvent` asks this
/// after every empty read and then reports `.signal(.hangup)`, as if SIGHUP had come.
///
/// ```swift
/// if HangUp.hasHappened(on: STDIN_FILENO) { /* save, restore nothing, leave */ }
/// ```
public enum HangUp {
    /// True when `fd` reports a hang-up or an error (`poll` with no wait: POLLHUP, POLLERR, POLLNVAL).
    public static func hasHappened(on fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 0) >= 0 else { return false }
        return entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
