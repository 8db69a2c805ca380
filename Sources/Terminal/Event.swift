/// A signal that asks the program to stop. The screen collects them as events so the program can
/// finish what it is doing (save, say goodbye) and the terminal is restored on the main thread.
public enum StopSignal: Int32, Hashable, Sendable, CustomStringConvertible {
    case interrupt = 2   // SIGINT: Ctrl-C from another process or `kill -INT`
    case hangup = 1      // SIGHUP: the terminal (or the SSH link) went away
    case terminate = 15  // SIGTERM: `kill`, shutdown

    public var description: String {
        switch self {
        case .interrupt: return "SIGINT"
        case .hangup: return "SIGHUP"
        case .terminate: return "SIGTERM"
        }
    }
}

/// What `Screen.nextEvent(timeout:)` returns.
///
///     while true {
///         guard let event = screen.nextEvent(timeout: 100) else { continue } // nil: nothing in 100 ms
///         switch event {
///         case .key(.character("q")), .signal: return
///         case .mouse(let m): handle(m)
///         case .resize(let size): relayout(size)
///         case .key: break
///         }
///     }
public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The window changed size; the screen is already cleared and resized, redraw everything.
    case resize(Size)
    /// A stop signal arrived; finish up and return from the `Screen.run` body.
    case signal(StopSignal)
}
