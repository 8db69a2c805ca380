import Messages
/// Reads the `ask` text of a `[[question]]`: `"7 + 8"`, `"7 + 8 = ?"`, `"? + 3 = 7"`, `"12 ÷ ? = 4"`.
///
/// The hidden number is worked out from the others, so a teacher never types an answer that
/// could be wrong; it must be the only whole number from 0 to 9999 that fits.
///
/// ```swift
/// try AskParser.question(from: "? + 3 = 7").answer // 4
/// try AskParser.question(from: "7 - 9")              // throws: 7 - 9 is below zero …
/// ```
public enum AskParser {
    /// Why an `ask` text is not a question a child can answer; the description is one line.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public let description: String
    }

    private enum Token: Equatable {
        case number(Int)
        case unknown
        case op(Operation)
        case equals
    }

    /// The question written in `ask`.
    public static func question(from ask: String) throws -> Question {
        let tokens = try tokenize(ask)
        let shape = tr("ask.shape")
        guard tokens.count == 3 || tokens.count == 5,
              case let .op(op) = tokens[1],
              tokens.count == 3 || tokens[3] == .equals
        else { throw Failure(description: tr("ask.cannot-read", ["ask": ask, "shape": shape])) }
        func number(_ token: Token) throws -> Int?? {
            switch token {
            case let .number(n): return .some(n)
            case .unknown: return .some(nil)
            default: throw Failure(description: tr("ask.cannot-read", ["ask": ask, "shape": shape]))
            }
        }
        guard let left = try number(tokens[0]), let right = try number(tokens[2]),
              let result = tokens.count == 5 ? try number(tokens[4]) : .some(nil)
        else { throw Failure(description: tr("ask.cannot-read", ["ask": ask, "shape": shape])) }
        let unknowns = [left, right, result].filter { $0 == nil }.count
        if unknowns == 0 { throw Failure(description: tr("ask.no-unknown", ["ask": ask])) }
        if unknowns > 1 { throw Failure(description: tr("ask.two-unknowns", ["ask": ask])) }
        return try solve(left: left, op: op, right: right, result: result)
    }

    private static func tokenize(_ ask: String) throws -> [Token] {
        var tokens: [Token] = []
        var digits = ""
        func flush() throws {
            guard !digits.isEmpty else { return }
            guard let n = Int(digits), Question.drawable.contains(n) else {
                throw Failure(description: tr("ask.too-large", ["number": digits]))
            }
            tokens.append(.number(n))
            digits = ""
        }
        for character in ask {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            try flush()
            if character.isWhitespace { continue }
            if character == "?" { tokens.append(.unknown) } else if character == "=" { tokens.append(.equals) } else if let op = Operation(symbol: String(character)) {
                tokens.append(.op(op))
            } else {
                throw Failure(description: tr("ask.unknown-character", ["character": String(character), "ask": ask, "spellings": Operation.spellings]))
            }
        }
        try flush()
        return tokens
    }

    /// Works out the hidden number (exactly one of left, right, result is nil).
    private static func solve(left: Int?, op: Operation, right: Int?, result: Int?) throws -> Question {
        if let l = left, let r = right {
            if let q = Question(left: l, op: op, right: r, missing: .answer) { return q }
            throw Failure(description: reason(l, op, r))
        }
        guard let c = result else { throw Failure(description: tr("ask.more-than-one")) }
        let written = "\(left.map(String.init) ?? "?") \(op.symbol) \(right.map(String.init) ?? "?") = \(c)"
        let anyNumber = Failure(description: tr("ask.any-number", ["written": written]))
        let noNumber = Failure(description: tr("ask.no-number", ["written": written]))
        var candidate: Int?
        if let r = right {  // the left number is hidden
            switch op {
            case .add: candidate = c - r
            case .subtract: candidate = c + r
            case .multiply:
                if r == 0 { throw c == 0 ? anyNumber : noNumber }
                candidate = c % r == 0 ? c / r : nil
            case .divide:
                if r == 0 { throw Failure(description: tr("ask.divide-by-zero", ["written": written])) }
                candidate = c * r
            }
            if let l = candidate, let q = Question(left: l, op: op, right: r, missing: .left), q.result == c { return q }
        } else if let l = left {  // the right number is hidden
            switch op {
            case .add: candidate = c - l
            case .subtract: candidate = l - c
            case .multiply:
                if l == 0 { throw c == 0 ? anyNumber : noNumber }
                candidate = c % l == 0 ? c / l : nil
            case .divide:
                if c == 0 { throw l == 0 ? anyNumber : noNumber }
                candidate = l % c == 0 ? l / c : nil
            }
            if let r = candidate, let q = Question(left: l, op: op, right: r, missing: .right), q.result == c { return q }
        }
        throw noNumber
    }

    /// Why `l op r` has no drawable result.
    static func reason(_ l: Int, _ op: Operation, _ r: Int) -> String {
        switch op {
        case .subtract where l < r: return tr("ask.below-zero", ["left": l, "right": r])
        case .divide where r == 0: return tr("ask.divide-by-zero", ["written": "\(l) ÷ 0"])
        case .divide where l % r != 0: return tr("ask.not-whole", ["left": l, "right": r])
        default: return tr("ask.above-9999", ["left": l, "op": op.symbol, "right": r])
        }
    }
}
