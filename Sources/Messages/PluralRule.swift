/// How a language picks a plural form for a whole number: one condition per category other than `other`,
/// in the integer subset of CLDR's plural-rule syntax (https://cldr.unicode.org, "Language Plural Rules").
/// A catalogue declares its rule itself (`plural.one = "n = 1"`), so a translator adding a language needs no
/// change to the program.
///
/// Syntax: `n` (also `i`, the same for whole numbers), optionally `% m`; `=` or `!=`; a list of values and
/// ranges (`0,1`, `2..4`); relations joined by `and`, conditions by `or`.
///
/// ```swift
/// let polish = try PluralRule(["one": "n = 1", "few": "n % 10 = 2..4 and n % 100 != 12..14",
///                              "many": "n != 1 and n % 10 = 0..1 or n % 10 = 5..9 or n % 100 = 12..14"])
/// polish.category(for: 22)   // .few
/// ```
public struct PluralRule: Hashable, Sendable {
    /// One `n % m = a, b..c` test.
    struct Relation: Hashable, Sendable {
        var modulus: Int?
        var negated: Bool
        var ranges: [ClosedRange<Int>]

        func holds(for n: Int) -> Bool {
            let value = modulus.map { n % $0 } ?? n
            return ranges.contains { $0.contains(value) } != negated
        }
    }

    /// Per category: alternatives (`or`), each a conjunction (`and`) of relations.
    let conditions: [PluralCategory: [[Relation]]]

    /// The categories this rule can choose, `other` included.
    public var categories: Set<PluralCategory> { Set(conditions.keys).union([.other]) }

    /// English's rule (and Spanish's, German's…): `one` for 1, `other` for the rest.
    public static let english = PluralRule(conditions: [.one: [[Relation(modulus: nil, negated: false, ranges: [1...1])]]])

    init(conditions: [PluralCategory: [[Relation]]]) {
        self.conditions = conditions
    }

    /// Parses one condition per category name; throws a message naming the category and the problem.
    public init(_ sources: [String: String]) throws(MessageSyntaxError) {
        var conditions: [PluralCategory: [[Relation]]] = [:]
        for (name, source) in sources {
            guard let category = PluralCategory(rawValue: name) else { throw MessageSyntaxError("plural.\(name): not a plural category (zero, one, two, few, many)") }
            guard category != .other else { throw MessageSyntaxError("plural.other: needs no condition, it is every number the others leave") }
            do {
                conditions[category] = try Self.parse(source)
            } catch {
                throw MessageSyntaxError("plural.\(name): \(error.message)")
            }
        }
        self.conditions = conditions
    }

    /// The category of `count` (negative numbers as their size): the first one, from `zero` to `many`,
    /// whose condition holds, else `other`.
    public func category(for count: Int) -> PluralCategory {
        let n = count == Int.min ? Int.max : abs(count)
        for category in PluralCategory.allCases where category != .other {
            if let alternatives = conditions[category], alternatives.contains(where: { $0.allSatisfy { $0.holds(for: n) } }) {
                return category
            }
        }
        return .other
    }

    // MARK: Parsing

    private static func parse(_ source: String) throws(MessageSyntaxError) -> [[Relation]] {
        var tokens = try tokenize(source)[...]
        var alternatives: [[Relation]] = []
        var conjunction: [Relation] = []
        while true {
            conjunction.append(try relation(&tokens))
            guard let next = tokens.popFirst() else { break }
            switch next {
            case .word("and"): continue
            case .word("or"):
                alternatives.append(conjunction)
                conjunction = []
            default: throw MessageSyntaxError("expected and, or, or the end after a relation")
            }
        }
        alternatives.append(conjunction)
        return alternatives
    }

    private enum Token: Hashable {
        case word(String), number(Int), symbol(String)
    }

    private static func tokenize(_ source: String) throws(MessageSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(source)[...]
        while let c = characters.first {
            if c == " " { characters.removeFirst(); continue }
            if c.isASCII && c.isLetter {
                let word = characters.prefix { $0.isASCII && $0.isLetter }
                characters.removeFirst(word.count)
                tokens.append(.word(String(word)))
            } else if c.isASCII && c.isNumber {
                let digits = characters.prefix { $0.isASCII && $0.isNumber }
                characters.removeFirst(digits.count)
                guard digits.count <= 9, let value = Int(String(digits)) else { throw MessageSyntaxError("the number \(String(digits.prefix(12))) is too long") }
                tokens.append(.number(value))
            } else if characters.starts(with: "..") || characters.starts(with: "!=") {
                tokens.append(.symbol(String(characters.prefix(2))))
                characters.removeFirst(2)
            } else if "%=,".contains(c) {
                tokens.append(.symbol(String(c)))
                characters.removeFirst()
            } else {
                throw MessageSyntaxError("unexpected \"\(c.unicodeScalars.first!.properties.generalCategory == .control ? "?" : String(c))\"")
            }
        }
        guard !tokens.isEmpty else { throw MessageSyntaxError("the condition is empty") }
        return tokens
    }

    private static func relation(_ tokens: inout ArraySlice<Token>) throws(MessageSyntaxError) -> Relation {
        guard let operand = tokens.popFirst(), operand == .word("n") || operand == .word("i") else {
            throw MessageSyntaxError("a relation starts with n (e.g. n = 1, n % 10 = 2..4)")
        }
        var modulus: Int?
        if tokens.first == .symbol("%") {
            tokens.removeFirst()
            guard case .number(let m)? = tokens.popFirst(), m > 0 else { throw MessageSyntaxError("% takes a whole number above 0") }
            modulus = m
        }
        let negated: Bool
        switch tokens.popFirst() {
        case .symbol("=")?: negated = false
        case .symbol("!=")?: negated = true
        default: throw MessageSyntaxError("expected = or != after n")
        }
        var ranges: [ClosedRange<Int>] = []
        repeat {
            if !ranges.isEmpty { tokens.removeFirst() }   // the comma
            guard case .number(let low)? = tokens.popFirst() else { throw MessageSyntaxError("expected a number or a range such as 2..4") }
            var high = low
            if tokens.first == .symbol("..") {
                tokens.removeFirst()
                guard case .number(let value)? = tokens.popFirst(), value >= low else { throw MessageSyntaxError("a range is low..high, e.g. 2..4") }
                high = value
            }
            ranges.append(low...high)
        } while tokens.first == .symbol(",")
        return Relation(modulus: modulus, negated: negated, ranges: ranges)
    }
}
