/// Parses writer lists such as `23-30` or `1,5,9-12` (for `--pen-holdout-writers`).
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
                throw TrainingDataError.invalid(path: "--pen-holdout-writers", reason: "'\(part)' is not a writer number or range like 23-30")
            }
        }
        return Array(Set(out)).sorted()
    }
}

import Foundation
