import Foundation
import Messages

/// Values: text, numbers, lists and inline tables (``TOMLParser``).
extension TOMLParser {

    /// A value; an inline table stays a node, so later keys cannot extend it.
    enum Parsed {
        case plain(TOMLValue)
        case inlineTable(TableNode)

        var value: TOMLValue {
            switch self {
            case .plain(let value): return value
            case .inlineTable(let node): return .table(node.value)
            }
        }
    }

    mutating func value(depth: Int) throws -> Parsed {
        guard depth < Self.maximumDepth else { throw error(tr("toml.too-deep", ["depth": Self.maximumDepth])) }
        guard let c = peek() else { throw error(tr("toml.expected-value-end")) }
        switch c {
        case "\"":
            return .plain(.string(starts("\"\"\"") ? try multilineBasicString() : try basicString()))
        case "'":
            return .plain(.string(starts("'''") ? try multilineLiteralString() : try literalString()))
        case "[":
            return .plain(try array(depth: depth))
        case "{":
            return .inlineTable(try inlineTable(depth: depth))
        case "t" where starts("true"):
            i += 4
            return .plain(.boolean(true))
        case "f" where starts("false"):
            i += 5
            return .plain(.boolean(false))
        case "+", "-", "0"..."9", "i", "n":
            return .plain(try numberOrDate())
        default:
            throw error(tr("toml.expected-value", ["found": shown(c)]))
        }
    }

    mutating func array(depth: Int) throws -> TOMLValue {
        i += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlankLinesAndComments()
            if peek() == "]" {
                i += 1
                return .array(items)
            }
            items.append(try value(depth: depth + 1).value)
            try skipBlankLinesAndComments()
            switch peek() {
            case ",": i += 1
            case "]":
                i += 1
                return .array(items)
            default: throw error(tr("toml.expected-list-separator", ["found": shown(peek())]))
            }
        }
    }

    mutating func inlineTable(depth: Int) throws -> TableNode {
        i += 1
        let node = TableNode()
        skipSpaces()
        if peek() == "}" {
            i += 1
            node.inline = true
            return node
        }
        while true {
            try keyValue(into: node, depth: depth + 1, inInlineTable: true)
            skipSpaces()
            switch peek() {
            case ",":
                i += 1
            case "}":
                i += 1
                node.inline = true
                markInline(node)
                return node
            case "\n", "\r": throw error(tr("toml.inline-one-line"))
            default: throw error(tr("toml.expected-inline-separator", ["found": shown(peek())]))
            }
        }
    }

    /// An inline table and every table in it are closed to later additions.
    func markInline(_ node: TableNode) {
        node.inline = true
        for entry in node.entries.values {
            if case .table(let inner) = entry { markInline(inner) }
        }
    }
}
