import Foundation

/// The data-preparation views of `astro-numbers data`: split sizes, images per digit as a bar chart, sample
/// digits and the mean image of each digit drawn with half-block characters (two pixel rows per text line).
///
/// ```swift
/// let train = try MNIST.load(directory: dir, split: .train)
/// let test = try MNIST.load(directory: dir, split: .test)
/// print(DataViews.report(train: train, test: test, validation: 5000))
/// ```
public enum DataViews {
    public static func report(train: MNISTSet, test: MNISTSet, validation: Int, samplesPerDigit: Int = 3) -> String {
        let validation = max(0, min(validation, train.count))
        let trainPart = train.slice(0..<train.count - validation)
        let validationPart = train.slice(train.count - validation..<train.count)
        var out: [String] = []
        out.append("Splits")
        out.append("  training    \(pad(trainPart.count)) images (train-images 1-\(trainPart.count))")
        out.append("  validation  \(pad(validationPart.count)) images (the last \(validation) of train-images)")
        out.append("  test        \(pad(test.count)) images (t10k, evaluated once at the end, never trained on)")
        out.append("")
        out.append("Images per digit (training split; test in brackets)")
        let trainCounts = counts(trainPart), testCounts = counts(test)
        let most = max(1, trainCounts.max() ?? 1)
        for d in 0..<10 {
            let width = Double(trainCounts[d]) / Double(most) * 40
            out.append("  \(d) " + bar(width) + " \(trainCounts[d]) [\(testCounts[d])]")
        }
        out.append("")
        out.append("Sample digits (first \(samplesPerDigit) of each in the training split)")
        var samples: [[Float]] = []
        for d in 0..<10 {
            var found = 0
            for i in 0..<trainPart.count where Int(trainPart.labels[i]) == d {
                samples.append(trainPart.floatImage(i))
                found += 1
                if found == samplesPerDigit { break }
            }
        }
        out += gallery(samples, perRow: 5)
        out.append("")
        out.append("Mean image of each digit (training split)")
        // Scaled so each mean's darkest pixel is full ink, which makes the typical shape stand out.
        let means = (0..<10).map { digit -> [Float] in
            let mean = meanImage(of: trainPart, digit: digit)
            let top = max(mean.max() ?? 1, 1e-6)
            return mean.map { $0 / top }
        }
        out += gallery(means, perRow: 5)
        return out.joined(separator: "\n")
    }

    /// Number of images of each digit.
    public static func counts(_ set: MNISTSet) -> [Int] {
        var c = [Int](repeating: 0, count: 10)
        for l in set.labels { c[Int(l)] += 1 }
        return c
    }

    /// Pixel-wise mean of every image of `digit` (0...1).
    public static func meanImage(of set: MNISTSet, digit: Int) -> [Float] {
        var sum = [Double](repeating: 0, count: set.pixelCount)
        var n = 0
        for i in 0..<set.count where Int(set.labels[i]) == digit {
            let base = i * set.pixelCount
            for p in 0..<set.pixelCount { sum[p] += Double(set.images[base + p]) }
            n += 1
        }
        return sum.map { Float($0 / Double(max(n, 1)) / 255) }
    }

    /// A 28×28 image as 14 lines of 28 half-block characters: top and bottom pixel of each cell, with four
    /// ink levels per half (` ░▒▓█`-like shading via the upper/lower half blocks and a shade for faint ink).
    public static func halfBlock(_ image: [Float], side: Int = 28) -> [String] {
        var lines: [String] = []
        for row in stride(from: 0, to: side, by: 2) {
            var line = ""
            for col in 0..<side {
                let top = image[row * side + col], bottom = row + 1 < side ? image[(row + 1) * side + col] : 0
                line.append(cell(top, bottom))
            }
            lines.append(line)
        }
        return lines
    }

    static func cell(_ top: Float, _ bottom: Float) -> Character {
        let t = top > 0.5, b = bottom > 0.5
        switch (t, b) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        default: return max(top, bottom) > 0.15 ? "░" : " "
        }
    }

    static func gallery(_ images: [[Float]], perRow: Int) -> [String] {
        var out: [String] = []
        var start = 0
        while start < images.count {
            let group = images[start..<min(start + perRow, images.count)].map { halfBlock($0) }
            for line in 0..<14 {
                out.append("  " + group.map { $0[line] }.joined(separator: " "))
            }
            start += perRow
        }
        return out
    }

    static func bar(_ width: Double) -> String {
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let whole = Int(width)
        let part = Int((width - Double(whole)) * 8)
        return String(repeating: "█", count: whole) + eighths[part]
    }

    static func pad(_ n: Int) -> String {
        let s = "\(n)"
        return String(repeating: " ", count: max(0, 6 - s.count)) + s
    }
}
