import CNCurses

/// A key press, decoded from what ncurses' `get_wch` returns.
///
///     switch key {
///     case .character("q"): quit()
///     case .enter: submit()
///     case .backspace: undo()
///     default: break
///     }
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, any Unicode).
    case character(Character)
    case enter
    case backspace
    case escape
    case tab
    case backTab
    case delete
    case up, down, left, right
    case home, end, pageUp, pageDown, insert
    /// Control plus a letter: `.control("c")` is Ctrl-C (a key, not a signal, because the screen runs raw).
    case control(Character)
    /// F1…F12 as `.function(1)`…`.function(12)`.
    case function(Int)
    /// Anything else, with ncurses' code.
    case other(Int32)

    /// The key for a character that `get_wch` returned with `OK` (a plain character, not a key code).
    ///
    ///     Key(character: 13) // .enter
    ///     Key(character: 0x37) // .character("7")
    public init(character code: UInt32) {
        switch code {
        case 10, 13: self = .enter
        case 8, 127: self = .backspace
        case 9: self = .tab
        case 27: self = .escape
        case 1...26: self = .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31: self = .other(Int32(code))
        default:
            if let scalar = Unicode.Scalar(code) {
                self = .character(Character(scalar))
            } else {
                self = .other(Int32(bitPattern: code))
            }
        }
    }

    /// The key for a code that `get_wch` returned with `KEY_CODE_YES` (function keys, arrows…).
    /// `KEY_MOUSE` and `KEY_RESIZE` are not keys; `Screen` turns them into events before this.
    ///
    ///     Key(keyCode: KEY_BACKSPACE) // .backspace
    public init(keyCode code: Int32) {
        switch code {
        case KEY_ENTER: self = .enter
        case KEY_BACKSPACE: self = .backspace
        case KEY_DC: self = .delete
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_IC: self = .insert
        case KEY_BTAB: self = .backTab
        case cn_key_f(1)...cn_key_f(12): self = .function(Int(code - cn_key_f(0)))
        default: self = .other(code)
        }
    }

    /// The decimal digit this key types, if it is one of `0`…`9`.
    ///
    ///     Key.character("7").digit // 7
    public var digit: Int? {
        if case .character(let c) = self, let value = c.wholeNumberValue, c.isASCII { return value }
        return nil
    }
}
