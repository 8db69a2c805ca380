/// One message's text with its placeholders: `"Score {points} of {max}"` has `points` and `max`. `{{` and `}}`
/// stand for a brace itself.
///
/// ```swift
/// let template = try MessageTemplate("{name} drew {answer}")
/// template.render(["name": "Ada", "answer": 15])   // "Ada drew 15"
/// template.placeholders                             // ["name", "answer"]
/// ```
public struct MessageTemplate: Hashable, Sendable {
    enum Piece: Hashable, Sendable {
        case text(String)
        case placeholder(String)
    }

    let pieces: [Piece]

    /// The names of the placeholders, each once.
    public var placeholders: Set<String> {
        Set(pieces.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } })
    }

    /// Reads a template; throws a message saying what is wrong with a brace.
    public init(_ source: String) throws(MessageSyntaxError) {
        var pieces: [Piece] = []
        var text = ""
        var characters = Array(source)[...]
        while let c = characters.popFirst() {
            switch c {
            case "{" where characters.first == "{", "}" where characters.first == "}":
                characters.removeFirst()
                text.append(c)
            case "{":
                guard let close = characters.firstIndex(of: "}") else {
                    throw MessageSyntaxError("a { opens a placeholder that is never closed (write {{ for a brace)")
                }
                let name = String(characters[characters.startIndex..<close])
                guard Self.isName(name) else {
                    throw MessageSyntaxError("{\(name.prefix(30))} is not a placeholder: a name of small letters, digits and _ , e.g. {count}")
                }
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.placeholder(name))
                characters = characters[characters.index(after: close)...]
            case "}":
                throw MessageSyntaxError("a } closes no placeholder (write }} for a brace)")
            default:
                text.append(c)
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 40 else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The text with each placeholder replaced by its value's description; a placeholder without a value
    /// stays as `{name}`, so a mistake shows rather than vanishing.
    public func render(_ values: [String: any CustomStringConvertible]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .placeholder(let name): return values[name].map { $0.description } ?? "{\(name)}"
            }
        }.joined()
    }
}
