import Foundation
import Messages

/// A TOML 1.0 parser in Swift, for question sets: every error is a ``TOMLParseError`` with its line, and no
/// input can crash it (it is fuzzed: `Fuzz/QuestionSetFuzzer`, `scripts/fuzz`).
///
/// It replaced TOMLKit (toml++ 3.4), whose parser breaks its own preconditions on malformed input —
/// `[=generate]]` or `left = [0,}10]`, a teacher's typo — which aborts a debug build and is undefined
/// behaviour in a release one (found by fuzzing; upstream marzer/tomlplusplus#294).
///
/// Everything in TOML 1.0 is read: comments; bare, quoted and dotted keys; basic, literal and multi-line
/// strings with every escape; integers (decimal, hex, octal, binary, underscores), floats (`inf`, `nan`);
/// booleans; dates and times; arrays; inline tables; `[tables]` and `[[arrays of tables]]`, with TOML's rules
/// on defining a table or key twice. Values nest at most ``maximumDepth`` deep.
///
/// ```swift
/// let root = try TOMLParser.parse("[settings]\nquestions = 10\n")
/// root["settings"]?.table?["questions"]?.int   // 10
/// ```
struct TOMLParser {
    /// How deep arrays and inline tables may nest (a bound on the parser's recursion).
    static let maximumDepth = 64

    static func parse(_ text: String) throws -> TOMLTable {
        var parser = TOMLParser(text: text)
        return try parser.document()
    }

    // MARK: - The tree while it is built

    /// A table being built, with how it came to be: TOML forbids defining one twice.
    final class TableNode {
        var keys: [String] = []
        var entries: [String: Entry] = [:]
        /// Defined by a `[header]` (or made as an element of `[[header]]`).
        var explicit = false
        /// Defined by dotted keys (`a.b = 1` defines `a`).
        var dotted = false
        /// An inline table `{ … }`: nothing may be added later.
        var inline = false

        func set(_ key: String, _ entry: Entry) {
            if entries[key] == nil { keys.append(key) }
            entries[key] = entry
        }

        var value: TOMLTable {
            var table = TOMLTable()
            for key in keys {
                switch entries[key]! {
                case .value(let value): table[key] = value
                case .table(let node): table[key] = .table(node.value)
                case .tables(let nodes): table[key] = .array(nodes.map { .table($0.value) })
                }
            }
            return table
        }
    }

    enum Entry {
        case value(TOMLValue)
        case table(TableNode)
        /// An array of tables, made by `[[header]]`.
        case tables([TableNode])
    }

    let s: [Unicode.Scalar]
    var i = 0
    var line = 1

    init(text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        s = scalars
    }

    // MARK: - Document

    mutating func document() throws -> TOMLTable {
        let root = TableNode()
        var current = root
        while true {
            skipSpaces()
            guard let c = peek() else { break }
            switch c {
            case "#":
                try comment()
            case "\n", "\r":
                try newline()
                continue
            case "[":
                current = try header(root)
            default:
                try keyValue(into: current)
            }
            skipSpaces()
            if peek() == "#" { try comment() }
            guard atEnd || peek() == "\n" || peek() == "\r" else {
                throw error(tr("toml.expected-end-of-line", ["found": shown(peek())]))
            }
        }
        return root.value
    }

    /// `[a.b]` or `[[a.b]]`; returns the table that the following keys go into.
    mutating func header(_ root: TableNode) throws -> TableNode {
        i += 1
        let isArray = peek() == "["
        if isArray { i += 1 }
        skipSpaces()
        let path = try key()
        guard peek() == "]" else { throw error(tr("toml.expected-close-table", ["found": shown(peek())])) }
        i += 1
        if isArray {
            guard peek() == "]" else { throw error(tr("toml.expected-close-array", ["name": dotted(path)])) }
            i += 1
        }
        var table = root
        for (n, part) in path.dropLast().enumerated() {
            switch table.entries[part] {
            case nil:
                let made = TableNode()
                table.set(part, .table(made))
                table = made
            case .table(let node) where !node.inline:
                table = node
            case .tables(let nodes):
                table = nodes[nodes.count - 1]
            default:
                throw error(tr("toml.value-not-table", ["key": dotted(Array(path[...n]))]))
            }
        }
        let last = path[path.count - 1]
        if isArray {
            let element = TableNode()
            element.explicit = true
            switch table.entries[last] {
            case nil: table.set(last, .tables([element]))
            case .tables(let nodes): table.set(last, .tables(nodes + [element]))
            default: throw error(tr("toml.not-array-of-tables", ["key": dotted(path)]))
            }
            return element
        }
        switch table.entries[last] {
        case nil:
            let made = TableNode()
            made.explicit = true
            table.set(last, .table(made))
            return made
        case .table(let node) where !node.explicit && !node.dotted && !node.inline:
            node.explicit = true
            return node
        default:
            throw error(tr("toml.table-twice", ["name": dotted(path)]))
        }
    }

    /// `key = value` (the key may be dotted) into `table`: a table of the document, or (`inInlineTable`) an
    /// inline table's, whose value nests one `depth` deeper and whose errors say where they are.
    mutating func keyValue(into table: TableNode, depth: Int = 0, inInlineTable: Bool = false) throws {
        let path = try key()
        guard peek() == "=" else { throw error(tr("toml.expected-equals", ["key": dotted(path), "found": shown(peek())])) }
        i += 1
        skipSpaces()
        let value = try self.value(depth: depth)
        var target = table
        for (n, part) in path.dropLast().enumerated() {
            switch target.entries[part] {
            case nil:
                let made = TableNode()
                made.dotted = true
                target.set(part, .table(made))
                target = made
            case .table(let node) where node.dotted && !node.inline:
                target = node
            default:
                let key = dotted(Array(path[...n]))
                var failure = error(tr(inInlineTable ? "toml.already-defined-inline" : "toml.already-defined-more-keys", ["key": key]))
                failure.redefinedKey = key
                throw failure
            }
        }
        let last = path[path.count - 1]
        guard target.entries[last] == nil else {
            throw error(tr(inInlineTable ? "toml.key-twice-inline" : "toml.key-twice", ["key": dotted(path)]))
        }
        switch value {
        case .inlineTable(let node): target.set(last, .table(node))
        case .plain(let plain): target.set(last, .value(plain))
        }
    }

    /// A key: bare or quoted parts joined by dots, with spaces around them.
    mutating func key() throws -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let c = peek() else { throw error(tr("toml.expected-key-end")) }
            if Self.isBare(c) {
                var part = ""
                while let b = peek(), Self.isBare(b) {
                    part.unicodeScalars.append(b)
                    i += 1
                }
                parts.append(part)
            } else if c == "\"" {
                if starts("\"\"\"") { throw error(tr("toml.multiline-key")) }
                parts.append(try basicString())
            } else if c == "'" {
                if starts("'''") { throw error(tr("toml.multiline-key")) }
                parts.append(try literalString())
            } else {
                throw error(tr("toml.expected-key", ["found": shown(c)]))
            }
            skipSpaces()
            guard peek() == "." else { return parts }
            i += 1
        }
    }
}
