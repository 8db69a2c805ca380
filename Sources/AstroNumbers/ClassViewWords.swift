import Messages
import Scoring

/// The class view's words, in one place, from the message catalogues (`class.*` keys). The table's column
/// names and cells are ``ClassSnapshot/Words``, shared with `class --once`.
public enum ClassViewWords {
    public static var title: String { tr("class.title") }
    public static var keys: String { tr("class.keys") }
    public static var detailKeys: String { tr("class.detail.keys") }
    public static var detailColumns: [String] {
        ["number", "question", "expected", "given", "result", "time", "try"].map { tr("class.detail.column.\($0)") }
    }
    public static var noAnswers: String { tr("class.detail.none") }
    public static var tooSmallTitle: String { tr("class.small.title") }
    public static var quitHint: String { tr("class.small.quit") }

    public static func waiting(_ why: String) -> String { tr("class.waiting", ["reason": why]) }
    public static func problem(_ error: String) -> String { tr("class.problem", ["error": error]) }
    public static func tooSmall(_ size: String, _ minimum: String) -> String { tr("class.small.size", ["size": size, "minimum": minimum]) }
    public static func sortedBy(_ order: ClassSnapshot.Order) -> String {
        tr("class.sorted", ["order": ClassSnapshot.Words.order(order)])
    }
    /// " · 2 stuck · 1 finished": only the states some child is in.
    public static func counts(stuck: Int, stopped: Int, finished: Int) -> String {
        [(stuck, "stuck"), (stopped, "stopped"), (finished, "finished")].filter { $0.0 > 0 }
            .map { " · " + tr("class.count.\($0.1)", count: $0.0) }.joined()
    }
    public static func moreRows(_ count: Int) -> String { tr("class.more", ["count": count]) }
    public static func earlierAnswers(_ count: Int) -> String { tr("class.earlier", ["count": count]) }
    public static func result(_ outcome: AnswerOutcome) -> String { tr("class.result.\(outcome.rawValue)") }
    public static func seconds(_ value: Double) -> String { tr("class.seconds", ["seconds": String(format: "%.1f", value)]) }
}
