/// Splits what the terminal sends after `BackgroundQuery`'s question into the OSC 11 reply, the Device
/// Attributes reply (the end) and everything else (keys, kept in order).
///
/// ```swift
/// var parser = ReplyParser()
/// for byte in Array("7\u{1B}]11;rgb:ffff/ffff/ffff\u{7}\u{1B}[?1;2c".utf8) { parser.feed(byte) }
/// parser.background   // white; parser.typeahead == [0x37] ("7"); parser.finished
/// ```
struct ReplyParser {
    private(set) var background: RGB?
    private(set) var typeahead: [UInt8] = []
    private(set) var finished = false
    /// The bytes of an escape sequence being read.
    private var pending: [UInt8] = []

    /// The longest reply kept; longer ones are not replies and go back as keys.
    static let maximumReply = 64

    mutating func feed(_ byte: UInt8) {
        if finished {
            typeahead.append(byte)
            return
        }
        if pending.isEmpty {
            if byte == 0x1B { pending = [byte] } else { typeahead.append(byte) }
            return
        }
        pending.append(byte)
        if pending.count == 2 && pending[1] != UInt8(ascii: "]") && pending[1] != UInt8(ascii: "[") {
            typeahead += pending    // Esc and a key: not a reply
            pending = []
            return
        }
        if pending[1] == UInt8(ascii: "]") {
            // OSC: ends with BEL or ESC \ .
            let ended = byte == 0x07 || (byte == UInt8(ascii: "\\") && pending.dropLast().last == 0x1B)
            if ended {
                let body = Array(pending.dropFirst(2).dropLast(byte == 0x07 ? 1 : 2))
                if body.starts(with: Array("11;".utf8)) { background = BackgroundDetection.background(fromReply: Array(body.dropFirst(3))) }
                pending = []
            } else if pending.count > Self.maximumReply {
                typeahead += pending
                pending = []
            }
        } else {
            // CSI: the Device Attributes reply is ESC [ ? … c; other sequences are keys (arrows).
            let isFinal = (0x40...0x7E).contains(byte) && pending.count > 2
            if isFinal {
                if pending.count > 2 && pending[2] == UInt8(ascii: "?") && byte == UInt8(ascii: "c") {
                    finished = true
                } else {
                    typeahead += pending
                }
                pending = []
            } else if pending.count > Self.maximumReply {
                typeahead += pending
                pending = []
            }
        }
    }

    /// Hands back an unfinished sequence as keys (a lone Esc pressed at the end).
    mutating func flush() {
        typeahead += pending
        pending = []
    }
}
