import Ink

/// A classifier for tests that looks at the shape of the ink only: a thin upright is a 1 (sure, 0.9), a wider
/// shape is a 0 (unsure, 0.6). Enough to check what the recognizer and `recognize` do with probabilities.
public struct ShapeClassifier: DigitClassifier {
    public init() {}

    public func probabilities(for image: [Float]) -> [Float] {
        var cols = Set<Int>()
        for (k, v) in image.enumerated() where v > 0.3 { cols.insert(k % 28) }
        var p = [Float](repeating: 0.01, count: 10)
        if cols.count <= 5 {
            p[1] = 0.9; p[7] = 0.02
        } else {
            p[0] = 0.6; p[6] = 0.31; p[8] = 0.02
        }
        let sum = p.reduce(0, +)
        return p.map { $0 / sum }
    }
}
