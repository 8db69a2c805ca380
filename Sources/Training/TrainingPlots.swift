import Foundation

/// SVG pictures of a training run, written by our own code (no plotting dependency): loss and accuracy
/// curves, the confusion matrix, and the number of training images per digit.
///
/// ```swift
/// try TrainingPlots.curves(history).write(toFile: "Weights/astro-cnn-v1-curves.svg", atomically: true, encoding: .utf8)
/// ```
public enum TrainingPlots {
    static let font = "font-family=\"Helvetica, Arial, sans-serif\""
    static let trainColour = "#1f77b4", validationColour = "#d62728"

    /// Two panels: loss (train, validation) and accuracy (train, validation) per epoch.
    public static func curves(_ history: TrainingHistory) -> String {
        let rows = history.rows
        var svg = header(width: 860, height: 360)
        svg += "<text x=\"430\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" \(font)>astro-cnn-v1 training: loss and accuracy per epoch</text>\n"
        let epochs = rows.map { Double($0.epoch) }
        let losses = rows.flatMap { [$0.trainLoss, $0.validationLoss] }
        svg += panel(x: 60, y: 50, width: 340, height: 250, title: "loss (cross-entropy)",
                     xs: epochs, series: [(rows.map(\.trainLoss), trainColour, "train"), (rows.map(\.validationLoss), validationColour, "validation")],
                     yRange: 0...max(0.05, (losses.max() ?? 1) * 1.05), percent: false)
        let accuracies = rows.flatMap { [$0.trainAccuracy, $0.validationAccuracy] }
        let low = max(0, min(0.99, (accuracies.min() ?? 0.9) - 0.005))
        svg += panel(x: 490, y: 50, width: 340, height: 250, title: "accuracy",
                     xs: epochs, series: [(rows.map(\.trainAccuracy), trainColour, "train (augmented)"), (rows.map(\.validationAccuracy), validationColour, "validation")],
                     yRange: low...1, percent: true)
        return svg + "</svg>\n"
    }

    /// The confusion matrix as a heat map (rows: true digit, columns: read as), counts in the cells.
    public static func confusion(_ evaluation: Evaluation) -> String {
        let cell = 40, left = 90, top = 70
        var svg = header(width: left + 10 * cell + 110, height: top + 10 * cell + 60)
        svg += "<text x=\"\(left + 5 * cell)\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" \(font)>Confusion matrix on \(evaluation.count) test images "
            + "(accuracy \(fmt(evaluation.accuracy * 100, 2)) %)</text>\n"
        svg += "<text x=\"\(left + 5 * cell)\" y=\"\(top - 22)\" text-anchor=\"middle\" font-size=\"13\" \(font)>read as</text>\n"
        svg += "<text x=\"20\" y=\"\(top + 5 * cell)\" font-size=\"13\" \(font) transform=\"rotate(-90 20 \(top + 5 * cell))\" text-anchor=\"middle\">true digit</text>\n"
        let offDiagonalMax = max(1, (0..<10).flatMap { t in (0..<10).filter { $0 != t }.map { evaluation.confusion[t][$0] } }.max() ?? 1)
        for t in 0..<10 {
            let total = max(1, evaluation.confusion[t].reduce(0, +))
            svg += "<text x=\"\(left - 10)\" y=\"\(top + t * cell + cell / 2 + 5)\" text-anchor=\"end\" font-size=\"14\" \(font)>\(t)</text>\n"
            svg += "<text x=\"\(left + t * cell + cell / 2)\" y=\"\(top - 6)\" text-anchor=\"middle\" font-size=\"14\" \(font)>\(t)</text>\n"
            for p in 0..<10 {
                let n = evaluation.confusion[t][p]
                let colour: String
                if t == p {
                    let share = Double(n) / Double(total)
                    colour = "rgb(\(Int(255 - 200 * share)),\(Int(255 - 80 * share)),\(Int(255 - 200 * share)))"
                } else {
                    let share = n == 0 ? 0 : 0.15 + 0.85 * Double(n) / Double(offDiagonalMax)
                    colour = "rgb(255,\(Int(255 - 190 * share)),\(Int(255 - 190 * share)))"
                }
                svg += "<rect x=\"\(left + p * cell)\" y=\"\(top + t * cell)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"\(colour)\" stroke=\"#ccc\"/>\n"
                if n > 0 {
                    svg += "<text x=\"\(left + p * cell + cell / 2)\" y=\"\(top + t * cell + cell / 2 + 4)\" text-anchor=\"middle\" font-size=\"\(n >= 1000 ? 10 : 12)\" \(font)>\(n)</text>\n"
                }
            }
            svg += "<text x=\"\(left + 10 * cell + 8)\" y=\"\(top + t * cell + cell / 2 + 5)\" font-size=\"12\" \(font)>\(fmt(evaluation.perDigitAccuracy[t] * 100, 2)) %</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Training images per digit (MNIST and pen renderings stacked) and the test accuracy of each digit.
    public static func digitCounts(mnist: [Int], pen: [Int]?, test: Evaluation) -> String {
        let left = 70, top = 60, barWidth = 44, gap = 16, height = 260
        let width = left + 10 * (barWidth + gap) + 40
        var svg = header(width: width, height: top + height + 70)
        svg += "<text x=\"\(width / 2)\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" \(font)>Training images per digit"
            + (pen == nil ? "" : " (MNIST + pen data)") + "; test accuracy per digit above the bars</text>\n"
        let totals = (0..<10).map { mnist[$0] + (pen?[$0] ?? 0) }
        let maxTotal = Double(max(1, totals.max() ?? 1))
        let niceMax = (maxTotal / 1000).rounded(.up) * 1000
        for tick in stride(from: 0.0, through: niceMax, by: niceMax / 4) {
            let y = Double(top + height) - tick / niceMax * Double(height)
            svg += "<line x1=\"\(left)\" y1=\"\(fmt(y, 1))\" x2=\"\(width - 30)\" y2=\"\(fmt(y, 1))\" stroke=\"#eee\"/>\n"
            svg += "<text x=\"\(left - 6)\" y=\"\(fmt(y + 4, 1))\" text-anchor=\"end\" font-size=\"11\" \(font)>\(Int(tick))</text>\n"
        }
        for d in 0..<10 {
            let x = left + gap / 2 + d * (barWidth + gap)
            let mnistHeight = Double(mnist[d]) / niceMax * Double(height)
            let penHeight = Double(pen?[d] ?? 0) / niceMax * Double(height)
            let yM = Double(top + height) - mnistHeight
            svg += "<rect x=\"\(x)\" y=\"\(fmt(yM, 1))\" width=\"\(barWidth)\" height=\"\(fmt(mnistHeight, 1))\" fill=\"\(trainColour)\"/>\n"
            if penHeight > 0 {
                svg += "<rect x=\"\(x)\" y=\"\(fmt(yM - penHeight, 1))\" width=\"\(barWidth)\" height=\"\(fmt(penHeight, 1))\" fill=\"#ff7f0e\"/>\n"
            }
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(fmt(yM - penHeight - 6, 1))\" text-anchor=\"middle\" font-size=\"11\" \(font)>\(fmt(test.perDigitAccuracy[d] * 100, 1))%</text>\n"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height + 18)\" text-anchor=\"middle\" font-size=\"14\" \(font)>\(d)</text>\n"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height + 34)\" text-anchor=\"middle\" font-size=\"10\" \(font)>\(totals[d])</text>\n"
        }
        svg += "<rect x=\"\(left)\" y=\"\(top + height + 46)\" width=\"12\" height=\"12\" fill=\"\(trainColour)\"/>"
            + "<text x=\"\(left + 18)\" y=\"\(top + height + 56)\" font-size=\"12\" \(font)>MNIST training images</text>\n"
        if pen != nil {
            svg += "<rect x=\"\(left + 200)\" y=\"\(top + height + 46)\" width=\"12\" height=\"12\" fill=\"#ff7f0e\"/>"
                + "<text x=\"\(left + 218)\" y=\"\(top + height + 56)\" font-size=\"12\" \(font)>pen trajectories rendered at terminal resolution</text>\n"
        }
        return svg + "</svg>\n"
    }

    // MARK: - Pieces

    static func header(width: Int, height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
            + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    }

    static func panel(x: Int, y: Int, width: Int, height: Int, title: String, xs: [Double],
                      series: [(values: [Double], colour: String, name: String)], yRange: ClosedRange<Double>, percent: Bool) -> String {
        var svg = "<text x=\"\(x + width / 2)\" y=\"\(y - 8)\" text-anchor=\"middle\" font-size=\"13\" \(font)>\(title)</text>\n"
        svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"none\" stroke=\"#888\"/>\n"
        let xMin = xs.first ?? 1, xMax = max(xs.last ?? 1, xMin + 1)
        func px(_ v: Double) -> Double { Double(x) + (v - xMin) / (xMax - xMin) * Double(width) }
        func py(_ v: Double) -> Double {
            Double(y + height) - (min(max(v, yRange.lowerBound), yRange.upperBound) - yRange.lowerBound)
                / (yRange.upperBound - yRange.lowerBound) * Double(height)
        }
        for i in 0...4 {
            let v = yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double(i) / 4
            svg += "<line x1=\"\(x)\" y1=\"\(fmt(py(v), 1))\" x2=\"\(x + width)\" y2=\"\(fmt(py(v), 1))\" stroke=\"#eee\"/>\n"
            let label = percent ? fmt(v * 100, 1) + "%" : fmt(v, 3)
            svg += "<text x=\"\(x - 5)\" y=\"\(fmt(py(v) + 4, 1))\" text-anchor=\"end\" font-size=\"10\" \(font)>\(label)</text>\n"
        }
        let step = max(1, xs.count / 8)
        for (i, e) in xs.enumerated() where i % step == 0 || i == xs.count - 1 {
            svg += "<text x=\"\(fmt(px(e), 1))\" y=\"\(y + height + 15)\" text-anchor=\"middle\" font-size=\"10\" \(font)>\(Int(e))</text>\n"
        }
        svg += "<text x=\"\(x + width / 2)\" y=\"\(y + height + 32)\" text-anchor=\"middle\" font-size=\"11\" \(font)>epoch</text>\n"
        for (n, s) in series.enumerated() {
            let points = zip(xs, s.values).map { "\(fmt(px($0), 1)),\(fmt(py($1), 1))" }.joined(separator: " ")
            svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(s.colour)\" stroke-width=\"2\"/>\n"
            for (e, v) in zip(xs, s.values) {
                svg += "<circle cx=\"\(fmt(px(e), 1))\" cy=\"\(fmt(py(v), 1))\" r=\"2.5\" fill=\"\(s.colour)\"/>\n"
            }
            let ly = y + 16 + n * 16
            svg += "<line x1=\"\(x + width - 150)\" y1=\"\(ly - 4)\" x2=\"\(x + width - 130)\" y2=\"\(ly - 4)\" stroke=\"\(s.colour)\" stroke-width=\"2\"/>"
                + "<text x=\"\(x + width - 125)\" y=\"\(ly)\" font-size=\"11\" \(font)>\(s.name)</text>\n"
        }
        return svg
    }
}
