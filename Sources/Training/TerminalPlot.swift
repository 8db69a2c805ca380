import Foundation

/// The training curves drawn with characters, for the end of a run in the terminal.
///
/// ```swift
/// print(TerminalPlot.curves(history))
/// ```
public enum TerminalPlot {
    public static func curves(_ history: TrainingHistory) -> String {
        let rows = history.rows
        guard !rows.isEmpty else { return "" }
        return chart(title: "validation accuracy (%)", values: rows.map { $0.validationAccuracy * 100 }, marker: "●")
            + "\n" + chart(title: "loss: train ○, validation ●", values: rows.map(\.validationLoss), marker: "●",
                          second: rows.map(\.trainLoss), secondMarker: "○")
    }

    /// A small scatter chart, one column group per epoch, `height` rows.
    public static func chart(title: String, values: [Double], marker: Character, second: [Double]? = nil,
                             secondMarker: Character = "○", height: Int = 8) -> String {
        let all = values + (second ?? [])
        let low = all.min() ?? 0, high = max(all.max() ?? 1, low + 1e-9)
        let columnWidth = max(1, min(4, 60 / max(values.count, 1)))
        let width = values.count * columnWidth
        var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: height)
        func row(_ v: Double) -> Int { height - 1 - Int(((v - low) / (high - low) * Double(height - 1)).rounded()) }
        if let second {
            for (i, v) in second.enumerated() { grid[row(v)][i * columnWidth] = secondMarker }
        }
        for (i, v) in values.enumerated() { grid[row(v)][i * columnWidth] = marker }
        var lines = ["  " + title]
        for (r, line) in grid.enumerated() {
            let label = r == 0 ? fmt(high, 3) : r == height - 1 ? fmt(low, 3) : ""
            lines.append(label.padding(toLength: 8, withPad: " ", startingAt: 0) + "│" + String(line))
        }
        lines.append(String(repeating: " ", count: 8) + "└" + String(repeating: "─", count: width) + " epoch 1-\(values.count)")
        return lines.joined(separator: "\n")
    }
}
