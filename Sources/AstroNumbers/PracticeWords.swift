import Messages

/// The score screen's practice words, in one place, from the message catalogues (`practice.*` keys).
public enum PracticeWords {
    public static var nothingToPractise: String { tr("practice.none") }
    public static func practised(_ count: Int) -> String { tr("practice.done", count: count) }
    public static func nowLearned(_ facts: [String]) -> String { tr("practice.learned", ["facts": facts.joined(separator: ", ")]) }
}
