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
