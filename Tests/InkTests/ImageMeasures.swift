import Ink

/// Measurements of a 28×28 image used by the rendering and normalisation tests.
struct ImageMeasures {
    let image: DigitImage

    var total: Float { image.pixels.reduce(0, +) }

    /// Centre of mass in pixel units, pixel centres at index + 0.5 (the image centre is 14.0).
    var centreOfMass: (x: Double, y: Double) {
        var m = 0.0, x = 0.0, y = 0.0
        for r in 0..<28 {
            for c in 0..<28 {
                let v = Double(image[row: r, col: c])
                m += v; x += v * (Double(c) + 0.5); y += v * (Double(r) + 0.5)
            }
        }
        return (x / m, y / m)
    }

    /// Rows and columns holding ink above `level`.
    func extent(above level: Float = 0.05) -> (rows: ClosedRange<Int>, cols: ClosedRange<Int>)? {
        var rows: [Int] = [], cols: [Int] = []
        for r in 0..<28 {
            for c in 0..<28 where image[row: r, col: c] > level {
                rows.append(r); cols.append(c)
            }
        }
        guard let r0 = rows.min(), let r1 = rows.max(), let c0 = cols.min(), let c1 = cols.max() else { return nil }
        return (r0...r1, c0...c1)
    }
}
