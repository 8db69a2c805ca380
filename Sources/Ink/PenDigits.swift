import Foundation

/// Reader of the UNIPEN text files of the UCI pen digits (`pendigits-orig-tra.txt`, `-tes.txt`).
///
/// Header lines (`.INCLUDE`, `.LEXICON`, `.HIERARCHY`, `.COMMENT` before the first digit) are skipped; each
/// digit is `.SEGMENT DIGIT <n> ? "<label>"`, `.COMMENT <label> <writer> <sample>`, then strokes made of
/// `.PEN_DOWN`, one `x y` point per line, `.PEN_UP` (`.DT` lines are ignored).
///
/// ```swift
/// let samples = try PenDigits.read(contentsOf: URL(fileURLWithPath: "pendigits-orig-tra.txt"))
/// print(samples.count, Set(samples.map(\.writer)).count)   // 7494 30
/// ```
public enum PenDigits {
    public static func read(contentsOf url: URL) throws -> [PenSample] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PenDigitsError(file: url.path, line: nil, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw PenDigitsError(file: url.path, line: nil, message: "not a text file")
        }
        return try parse(text, file: url.path)
    }

    /// Parses UNIPEN text; `file` only names the source in errors.
    public static func parse(_ text: String, file: String = "<text>") throws -> [PenSample] {
        var samples: [PenSample] = []
        var current: PenSample?
        var needsComment = false
        var stroke: [PenPoint]?
        var lineNumber = 0

        func fail(_ message: String) -> PenDigitsError {
            PenDigitsError(file: file, line: lineNumber, message: message)
        }
        func finish() throws {
            if stroke != nil { throw fail("digit ends inside a stroke (missing .PEN_UP)") }
            if let sample = current {
                if needsComment { throw fail("digit has no .COMMENT line with its writer") }
                samples.append(sample)
            }
            current = nil
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if line.hasPrefix(".") {
                switch fields[0] {
                case ".SEGMENT":
                    try finish()
                    guard let last = fields.last, last.count >= 3, last.first == "\"", last.last == "\"",
                          let label = Int(last.dropFirst().dropLast()), (0...9).contains(label) else {
                        throw fail("expected .SEGMENT DIGIT <n> ? \"<label 0-9>\"")
                    }
                    current = PenSample(writer: 0, label: label, strokes: [])
                    needsComment = true
                case ".COMMENT":
                    guard current != nil, needsComment else { continue }   // header or free comment
                    guard fields.count >= 3, let label = Int(fields[1]), let writer = Int(fields[2]) else {
                        throw fail("expected .COMMENT <label> <writer> <sample>")
                    }
                    guard label == current?.label else {
                        throw fail(".COMMENT label \(label) differs from the .SEGMENT label \(current?.label ?? -1)")
                    }
                    current?.writer = writer
                    needsComment = false
                case ".PEN_DOWN":
                    guard current != nil else { throw fail(".PEN_DOWN before any .SEGMENT") }
                    guard stroke == nil else { throw fail(".PEN_DOWN inside a stroke (missing .PEN_UP)") }
                    stroke = []
                case ".PEN_UP":
                    guard let points = stroke else { throw fail(".PEN_UP without .PEN_DOWN") }
                    if !points.isEmpty { current?.strokes.append(points) }
                    stroke = nil
                default:
                    continue   // .DT, .INCLUDE, .LEXICON, .HIERARCHY ...
                }
                continue
            }
            guard stroke != nil else { throw fail("point outside a stroke (expected .PEN_DOWN first)") }
            guard fields.count == 2, let x = Int(fields[0]), let y = Int(fields[1]) else {
                throw fail("expected a point \"x y\" (two integers)")
            }
            stroke?.append(PenPoint(x: x, y: y))
        }
        try finish()
        return samples
    }
}

/// A malformed or unreadable UNIPEN file; one line naming the file and line.
public struct PenDigitsError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
