import Ink

/// One `.SEGMENT` line of a UNIPEN data file: which pen components make a character, and its label.
///
/// The component list is `first[-last]` ranges separated by commas; an end may name a point within a
/// component as `component:point` (`3:0-3:45`), as a few labs do to cut one stroke between characters.
/// Only pen-down components are drawn.
///
/// ```swift
/// let segment = try UnipenSegment(line: #".SEGMENT CHARACTER 3-4 ? "4""#)
/// segment.label                           // "4"
/// segment.strokes(of: components)         // the pen-down strokes of components 3 and 4
/// ```
public struct UnipenSegment: Sendable, Equatable {
    /// A component, optionally one point of it.
    public struct Position: Sendable, Equatable {
        public var component: Int
        public var point: Int?
    }

    public var ranges: [(first: Position, last: Position)]
    public var label: String

    public static func == (a: UnipenSegment, b: UnipenSegment) -> Bool {
        a.label == b.label && a.ranges.count == b.ranges.count
            && zip(a.ranges, b.ranges).allSatisfy { $0.first == $1.first && $0.last == $1.last }
    }

    /// Parses `.SEGMENT <level> <components> <quality> "<label>"`.
    public init(line: String) throws {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard fields.count >= 5, fields[0] == ".SEGMENT" else {
            throw UnipenSegmentError("expected .SEGMENT <level> <components> <quality> \"<label>\"")
        }
        guard let open = line.firstIndex(of: "\""), let close = line.lastIndex(of: "\""), open < close else {
            throw UnipenSegmentError("the label is not in double quotes")
        }
        label = String(line[line.index(after: open)..<close])
        ranges = []
        for part in fields[2].split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(ends.count), let first = Self.position(ends[0]), let last = Self.position(ends.last!),
                  first.component <= last.component else {
                throw UnipenSegmentError("'\(fields[2])' is not a component list like 3, 3-4 or 3:0-3:45")
            }
            ranges.append((first, last))
        }
    }

    private static func position(_ text: Substring) -> Position? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let c = Int(parts[0]), c >= 0, c < 1_000_000 else { return nil }
        if parts.count == 1 { return Position(component: c, point: nil) }
        guard let p = Int(parts[1]), p >= 0 else { return nil }
        return Position(component: c, point: p)
    }

    /// The pen-down strokes this segment names; nil when it names a component the data does not have.
    public func strokes(of data: UnipenComponents) -> [[PenPoint]]? {
        var strokes: [[PenPoint]] = []
        for (first, last) in ranges {
            guard last.component < data.components.count else { return nil }
            for c in first.component...last.component {
                let component = data.components[c]
                guard component.isPenDown else { continue }
                let lower = c == first.component ? min(first.point ?? 0, component.points.count) : 0
                let upper = c == last.component ? min((last.point ?? component.points.count - 1) + 1, component.points.count)
                                                : component.points.count
                if lower < upper { strokes.append(Array(component.points[lower..<upper])) }
            }
        }
        return strokes
    }
}

/// A `.SEGMENT` line that cannot be read.
public struct UnipenSegmentError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
