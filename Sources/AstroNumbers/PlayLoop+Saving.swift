import Basics
import Scoring
import Terminal

/// Writes that must not be lost, and a lesson that outlives a lock: a write that finds the records locked by
/// another program (or cannot write them just now) is kept and tried again every moment, while the screen
/// says so and stays alive; the lesson goes on only once it is stored, or stops when the child asks.
extension PlayLoop {
    /// How long one try waits for a lock before the screen is drawn again (the store's `lockWait`).
    static let lockWait = 0.25

    /// The outcome of ``patiently(_:showing:)``.
    enum Patience<T> {
        /// Stored; `waited` seconds went by after the first try failed (0 when it did not).
        case stored(T, waited: Double)
        /// The child stopped (Esc then `y`, or a stop signal) before it could be stored.
        case stopped
    }

    /// Runs `write` until it succeeds. When a try fails in a way worth another (`RecordStoreError.isWorthRetrying`:
    /// a lock, a full disk), the screen shows `frame(stopAsked)`; keys are dropped, since the question they
    /// would answer is not being asked, except Esc (or `q`, Ctrl-C), then `y`, which stops. Other errors are
    /// thrown. Whatever was typed meanwhile is discarded once the write is stored.
    func patiently<T>(_ write: () throws -> T, showing frame: (_ stopAsked: Bool) -> TextFrame) throws -> Patience<T> {
        var stopAsked = false
        var firstFailure: Double?
        while true {
            do {
                let result = try write()
                screen.discardTypeahead()
                return .stored(result, waited: firstFailure.map { Timing.now() - $0 } ?? 0)
            } catch let error as RecordStoreError where error.isWorthRetrying {
                if firstFailure == nil { firstFailure = Timing.now() }
            }
            frame(stopAsked).show(on: screen)
            guard let event = screen.nextEvent(timeout: 250) else { continue }
            switch event {
            case .signal:
                return .stopped
            case .key(.escape), .key(.character("q")), .key(.character("Q")), .key(.control("c")):
                if stopAsked { stopAsked = false } else { stopAsked = true }
            case .key(let key) where stopAsked && ConfirmKey.isYes(key):
                return .stopped
            case .key where stopAsked:
                stopAsked = false
            default:
                break   // dropped
            }
        }
    }

    /// The plain "Saving…" screen, for writes that have no question on screen (starting, finishing).
    func savingFrame(stopAsked: Bool) -> TextFrame {
        SavingScreen(quizTitle: resources.set.shownTitle).render(size: screen.size, glyphs: screen.glyphs, stopAsked: stopAsked)
    }
}
