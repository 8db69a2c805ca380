import Messages
import Terminal

/// The screen shown instead of any other when the window is too small: it says how big the window
/// is and how big it must be. Every screen draws it on resize until the window fits again.
///
///     if !screen.size.contains(PadLayout.minimumSize) { EnlargeMessage.draw(on: screen, minimum: PadLayout.minimumSize) }
public enum EnlargeMessage {
    /// The lines of the message for a window of `size`.
    public static func lines(size: Size, minimum: Size) -> [String] {
        [
            tr("enlarge.title"),
            tr("enlarge.size", ["size": "\(size.cols)×\(size.rows)", "minimum": "\(minimum.cols)×\(minimum.rows)"]),
            tr("enlarge.quit"),
        ]
    }

    /// Clears the screen and draws the message centred (cut to fit very small windows).
    public static func draw(on screen: Screen, minimum: Size) {
        let size = screen.size
        let lines = lines(size: size, minimum: minimum)
        screen.clear()
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let col = max(0, (size.cols - line.count) / 2)
            screen.put(line, at: Position(col: col, row: top + offset), style: Style(offset == 0 ? .bad : .normal, offset == 0 ? [.bold] : []))
        }
        screen.refresh()
    }
}
