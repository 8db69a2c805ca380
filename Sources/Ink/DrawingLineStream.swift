/// `astro-numbers recognize` as a stream: JSON Lines in, one answer line per input line out, in order, each
/// as soon as its line is complete (so it works as a co-process, one drawing at a time), in bounded memory
/// (a line over ``maximumLineBytes`` is answered with an error, never kept). Lines that arrive together are
/// read in batches. CRLF line ends are accepted.
///
/// ```swift
/// var stream = DrawingLineStream(recognizer: recognizer)
/// for chunk in input { write(stream.feed(chunk)) }   // answer lines, each ending in "\n"
/// write(stream.finish())
/// exit(stream.failed > 0 ? 1 : 0)
/// ```
public struct DrawingLineStream {
    /// Longest input line read, in bytes: far more than any drawing on a terminal canvas.
    public static let maximumLineBytes = 1 << 20

    public let recognizer: Recognizer
    public let batch: Int
    /// Input lines that got an error line so far.
    public private(set) var failed = 0
    /// Input lines seen so far.
    public private(set) var lineCount = 0
    private var splitter: LineSplitter

    public init(recognizer: Recognizer, batch: Int = 256, maximumLineBytes: Int = DrawingLineStream.maximumLineBytes) {
        self.recognizer = recognizer
        self.batch = max(1, batch)
        splitter = LineSplitter(maximumBytes: maximumLineBytes)
    }

    /// The answers to the lines that `bytes` completes, one per line, each ending in a newline.
    public mutating func feed<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        answer(splitter.append(bytes))
    }

    /// The answer to a last line that had no newline (empty when there is none).
    public mutating func finish() -> String {
        splitter.finish().map { answer([$0]) } ?? ""
    }

    private mutating func answer(_ lines: [LineSplitter.Line]) -> String {
        var output = [String](repeating: "", count: lines.count)
        var pending: [(index: Int, drawing: Drawing)] = []
        func flush() {
            for (item, reading) in zip(pending, recognizer.read(pending.map(\.drawing))) {
                output[item.index] = DrawingJSON.line(for: reading)
            }
            pending.removeAll(keepingCapacity: true)
        }
        for (index, line) in lines.enumerated() {
            lineCount += 1
            let number = lineCount
            func fail(_ message: String) {
                output[index] = DrawingJSON.errorLine(number: number, message: message)
                failed += 1
            }
            switch line {
            case .tooLong(let bytes):
                fail("line of \(bytes) bytes, more than the \(splitter.maximumBytes) a drawing may take")
            case .text(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    fail("empty line, expected a drawing")
                    continue
                }
                do {
                    pending.append((index, try DrawingJSON.drawing(from: Substring(String(decoding: bytes, as: UTF8.self)))))
                    if pending.count >= batch { flush() }
                } catch {
                    fail("\(error)")
                }
            }
        }
        flush()
        return output.map { $0 + "\n" }.joined()
    }
}
