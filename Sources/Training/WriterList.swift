/// Parses writer lists such as `23-30` or `1,5,9-12`: the pen-data writers a run holds out, or a benchmark reads.
///
/// ```swift
/// try WriterList.parse("23-25,30")   // [23, 24, 25, 30]
/// ```
public enum WriterList {
    public static func parse(_ text: String) throws -> [Int] {
        var out: [Int] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            if bounds.count == 1, let n = bounds[0] {
                out.append(n)
            } else if bounds.count == 2, let a = bounds[0], let b = bounds[1], a <= b {
                out += Array(a...b)
            } else {
                throw WriterListError(part: part)
            }
        }
        return Array(Set(out)).sorted()
    }
}

import Foundation
