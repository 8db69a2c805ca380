import Scoring

/// The English words of the class view, in one place (to move into the message catalogues). The table's
/// column names and cells are ``ClassSnapshot/Words``, shared with `class --once`.
public enum ClassViewWords {
    public static let title = "Astro Numbers · Class"
    public static let keys = "n p s: sort by name, progress, score · up/down: choose · Enter: answers · q: leave"
    public static let detailKeys = "Esc: back to the class · up/down: another child · q: leave"
    public static let detailColumns = ["#", "Question", "Expected", "Given", "Result", "Time", "Try"]
    public static let noAnswers = "(no answer yet)"
    public static let tooSmallTitle = "Please make this window bigger."
    public static let quitHint = "(q quits)"

    public static func waiting(_ why: String) -> String { "Waiting for the records: \(why)." }
    public static func problem(_ error: String) -> String { "Cannot read the records just now: \(error)" }
    public static func tooSmall(_ size: String, _ minimum: String) -> String { "It is \(size); at least \(minimum) is needed." }
    public static func sortedBy(_ order: ClassSnapshot.Order) -> String { "sorted by \(order.rawValue)" }
    /// " · 2 stuck · 1 finished": only the states some child is in.
    public static func counts(stuck: Int, stopped: Int, finished: Int) -> String {
        [(stuck, "stuck"), (stopped, "stopped"), (finished, "finished")].filter { $0.0 > 0 }
            .map { " · \($0.0) \($0.1)" }.joined()
    }
    public static func moreRows(_ count: Int) -> String { "… \(count) more (up/down scrolls)" }
    public static func earlierAnswers(_ count: Int) -> String { "… \(count) earlier answers" }
    public static func result(_ outcome: AnswerOutcome) -> String {
        switch outcome {
        case .correct: return "right"
        case .wrong: return "wrong"
        case .unreadable: return "unreadable"
        }
    }
    public static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}
