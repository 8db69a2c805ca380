import Basics
import Foundation
import Scoring
import Terminal

/// The class view on the real screen: polls the records twice a second through a ``ClassWatch`` (read-only)
/// and repaints when something changed; keys go to ``ClassView``.
///
/// ```swift
/// try ClassViewSession.run(watch: ClassWatch(path: path), title: nil, order: .name)
/// ```
public enum ClassViewSession {
    /// Seconds between two reads of the records: twice a second, so an answer shows within a second of
    /// its commit with room to spare (see `astro-lab class-bench`).
    public static let refreshInterval = 0.5

    public static func run(watch: ClassWatch, title: String?, order: ClassSnapshot.Order, theme: Theme? = nil) throws {
        try Screen.requireTerminal()
        var watch = watch
        try Screen.run(options: Screen.Options(mouse: false, theme: theme)) { screen in
            var view = ClassView(title: title, order: order)
            var lastRead = -Double.infinity
            var painted: ([String], [[Style]])?
            while true {
                if Timing.now() - lastRead >= refreshInterval {
                    lastRead = Timing.now()
                    view.update(watch.poll())
                }
                let frame = view.render(size: screen.size, glyphs: screen.glyphs)
                if painted == nil || painted!.0 != frame.lines || painted!.1 != frame.styleRows {
                    frame.show(on: screen)
                    painted = (frame.lines, frame.styleRows)
                }
                let wait = max(10, Int(((lastRead + refreshInterval) - Timing.now()) * 1000))
                guard let event = screen.nextEvent(timeout: wait) else { continue }
                if case .resize = event { painted = nil }
                if view.apply(event) == .quit { return }
            }
        }
    }
}
