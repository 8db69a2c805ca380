/// A CLDR plural category: which form of a message a number takes. English has `one` ("1 question") and
/// `other` ("3 questions"); other languages use more (Polish: one, few, many, other).
///
/// ```swift
/// PluralCategory(rawValue: "few")   // .few
/// ```
public enum PluralCategory: String, CaseIterable, Hashable, Sendable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
