/// The English words of practice on the score screen, in one place (to move into the message catalogues).
public enum PracticeWords {
    public static let nothingToPractise = "No facts to practise from earlier lessons"
    public static func practised(_ count: Int) -> String {
        "Practised \(count) \(count == 1 ? "fact" : "facts") from earlier lessons"
    }
    public static func nowLearned(_ facts: [String]) -> String { "now learned: " + facts.joined(separator: ", ") }
}
