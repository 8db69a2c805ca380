/// Cuts a stream of bytes into lines as the bytes arrive, in bounded memory: a line ends at LF, and a CR
/// just before the LF is dropped (CRLF input gives the same lines). A line longer than `maximumBytes` is
/// not kept: it comes out as `.tooLong` once its end arrives, so one endless line cannot exhaust memory.
///
/// ```swift
/// var splitter = LineSplitter(maximumBytes: 1 << 20)
/// splitter.append(Array("one\r\ntw".utf8))   // [.text("one")]
/// splitter.append(Array("o\n".utf8))         // [.text("two")]
/// splitter.finish()                          // nil: nothing after the last newline
/// ```
public struct LineSplitter: Sendable {
    /// One line, without its line end.
    public enum Line: Hashable, Sendable {
        case text([UInt8])
        /// A line of `bytes` bytes, more than the limit; its content was dropped as it arrived.
        case tooLong(bytes: Int)
    }

    public let maximumBytes: Int
    private var current: [UInt8] = []
    /// Bytes of the current line beyond the limit are counted, not kept.
    private var overflow = 0

    public init(maximumBytes: Int) {
        self.maximumBytes = max(1, maximumBytes)
    }

    /// The lines that `bytes` completes, in order.
    @discardableResult
    public mutating func append<Bytes: Collection>(_ bytes: Bytes) -> [Line] where Bytes.Element == UInt8 {
        var lines: [Line] = []
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            add(bytes[start..<newline])
            lines.append(takeLine())
            start = bytes.index(after: newline)
        }
        add(bytes[start...])
        return lines
    }

    /// The last line when the input did not end with a newline; nil when it did (or was empty).
    public mutating func finish() -> Line? {
        guard !current.isEmpty || overflow > 0 else { return nil }
        return takeLine()
    }

    private mutating func add(_ bytes: some Collection<UInt8>) {
        guard overflow == 0 else {
            overflow += bytes.count
            return
        }
        // One byte more than the limit is kept, for the CR of a CRLF line exactly at the limit.
        let room = maximumBytes + 1 - current.count
        if bytes.count <= room {
            current.append(contentsOf: bytes)
        } else {
            overflow = current.count + bytes.count
            current.removeAll(keepingCapacity: false)
        }
    }

    private mutating func takeLine() -> Line {
        defer {
            current.removeAll(keepingCapacity: true)
            overflow = 0
        }
        if overflow > 0 { return .tooLong(bytes: overflow) }
        if current.last == 0x0D { current.removeLast() }
        return current.count > maximumBytes ? .tooLong(bytes: current.count) : .text(current)
    }
}
