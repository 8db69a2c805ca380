/// Which UNIPEN letters teach the network what is not a digit, and which are left out because a child's
/// digit can look just like them.
///
/// A letter that a child's digit may resemble is not something the network should learn to refuse: trained
/// toward "no digit", it would make real 0s, 1s, 2s, 5s, 6s, 8s and 9s less certain. So these are left out
/// of the non-digit material, and never count as "non-digits accepted" either:
///
/// - like 0: O o Q D U u C c
/// - like 1 or 7: I l i j J T t L
/// - like 2: Z z
/// - like 4: y Y h
/// - like 5: S s
/// - like 6: G b
/// - like 8: B
/// - like 9: g q a
///
/// Every other upper- and lower-case letter (A E F H K M N P R V W X k m n p r v w x d e f…) is a non-digit.
///
/// ```swift
/// NonDigitLetters.isNonDigit("W")   // true
/// NonDigitLetters.isNonDigit("O")   // false: could be a 0
/// ```
public enum NonDigitLetters {
    public static let digitLike: Set<String> = [
        "O", "o", "Q", "D", "U", "u", "C", "c",
        "I", "l", "i", "j", "J", "T", "t", "L",
        "Z", "z", "y", "Y", "h", "S", "s", "G", "b", "B", "g", "q", "a",
    ]

    /// A single ASCII letter that no digit resembles.
    public static func isNonDigit(_ label: String) -> Bool {
        guard label.count == 1, let c = label.unicodeScalars.first, c.isASCII,
              ("A"..."Z").contains(Character(c)) || ("a"..."z").contains(Character(c)) else { return false }
        return !digitLike.contains(label)
    }
}
