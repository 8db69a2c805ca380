/// A value of a TOML document, as ``TOMLParser`` reads it (TOML 1.0). Question sets use strings, integers,
/// booleans, arrays and tables; floats and dates are read so that a message can say what was found.
///
/// ```swift
/// let root = try TOMLParser.parse("left = [1, 10]\n")
/// root["left"]?.array?.compactMap(\.int)   // [1, 10]
/// ```
enum TOMLValue: Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// An offset or local date-time, a local date or a local time, as written.
    case dateTime(String)
    case array([TOMLValue])
    case table(TOMLTable)

    /// What kind of value it is, for messages.
    enum Kind: Equatable { case string, int, double, bool, date, array, table }

    var type: Kind {
        switch self {
        case .string: return .string
        case .integer: return .int
        case .float: return .double
        case .boolean: return .bool
        case .dateTime: return .date
        case .array: return .array
        case .table: return .table
        }
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var int: Int? { if case .integer(let n) = self { return n } else { return nil } }
    var double: Double? { if case .float(let x) = self { return x } else { return nil } }
    var bool: Bool? { if case .boolean(let b) = self { return b } else { return nil } }
    var array: [TOMLValue]? { if case .array(let a) = self { return a } else { return nil } }
    var table: TOMLTable? { if case .table(let t) = self { return t } else { return nil } }
}

/// A TOML table: keys in the order they were written, each with its value.
struct TOMLTable: Equatable {
    private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
        }
    }
}

/// Text that is not TOML: the 1-based line and what is wrong there.
struct TOMLParseError: Error, Equatable, CustomStringConvertible {
    let line: Int
    let message: String
    /// The key, when the text gives a key that is already a value more keys under it (`title = "…"`, then
    /// `title.es = "…"`): the question-set parser explains that case itself.
    var redefinedKey: String?
    var description: String { message }
}
