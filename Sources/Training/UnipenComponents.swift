import Ink

/// The pen components of UNIPEN pen data (an `.INCLUDE`d file): every `.PEN_DOWN` or `.PEN_UP` block that
/// carries points, numbered from 0 in file order, which is how `.SEGMENT` lines name them.
///
/// Empty `.PEN_UP` markers (as in the aga lab) are not components; pen-up blocks with points (as in tos and
/// pri) are, so they count in the numbering but are never drawn. Any other keyword ends a block; lines that
/// are not inside a block (free text of `.COMMENT` and other keywords) are skipped. A point line is two or
/// more numbers, of which the first two are x and y (some labs add pressure or time).
///
/// ```swift
/// let components = try UnipenComponents.parse(Array(text.utf8), file: "apb/data/apb22/app2234.dat")
/// components[0].isPenDown   // true: the first stroke of the first digit
/// ```
public struct UnipenComponents: Sendable {
    public struct Component: Sendable, Equatable {
        public var isPenDown: Bool
        public var points: [PenPoint]
    }

    public var components: [Component]

    public static func parse(_ bytes: [UInt8], file: String) throws -> UnipenComponents {
        var components: [Component] = []
        var current: Component?
        var lineNumber = 0
        var start = 0
        func close() {
            if let c = current, !c.points.isEmpty { components.append(c) }
            current = nil
        }
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            if line[first] == UInt8(ascii: ".") {
                close()
                if Self.keyword(line[first...], is: ".PEN_DOWN") { current = Component(isPenDown: true, points: []) }
                else if Self.keyword(line[first...], is: ".PEN_UP") { current = Component(isPenDown: false, points: []) }
                continue
            }
            guard current != nil else { continue }   // free text belonging to the previous keyword
            guard let point = Self.point(line[first...]) else {
                throw TrainingDataError.invalid(path: file, reason: "line \(lineNumber): expected a point \"x y\" inside a pen block")
            }
            current?.points.append(point)
        }
        close()
        return UnipenComponents(components: components)
    }

    private static func keyword(_ line: ArraySlice<UInt8>, is word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard line.count >= count else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for (i, b) in zip(line.indices, w) where line[i] != b { return false }
        let after = line.index(line.startIndex, offsetBy: count)
        return after == line.endIndex || line[after] == 0x20 || line[after] == 0x09 || line[after] == 0x0D
    }

    /// The first two numbers of a point line, rounded to whole tablet units.
    private static func point(_ line: ArraySlice<UInt8>) -> PenPoint? {
        var values: [Double] = []
        var i = line.startIndex
        while i < line.endIndex && values.count < 2 {
            while i < line.endIndex && (line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D) { i += 1 }
            guard i < line.endIndex else { break }
            var j = i
            while j < line.endIndex && line[j] != 0x20 && line[j] != 0x09 && line[j] != 0x0D { j += 1 }
            guard let v = Double(String(decoding: line[i..<j], as: UTF8.self)), v.isFinite, abs(v) < 1e9 else { return nil }
            values.append(v)
            i = j
        }
        guard values.count == 2 else { return nil }
        return PenPoint(x: Int(values[0].rounded()), y: Int(values[1].rounded()))
    }
}
