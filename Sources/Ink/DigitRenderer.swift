import Foundation

/// Renders the strokes of one digit as MNIST was made: the ink cropped, fitted into a 20×20 box keeping its
/// aspect ratio (a 1 stays thin), drawn with round-capped lines in a fine grid (`supersampling`× finer),
/// area-averaged down to 28×28 and shifted so its centre of mass sits at the centre.
struct DigitRenderer {
    let settings: InkSettings

    static let box = 20.0

    /// `rotatedBy` turns the (deskewed) ink by that many degrees, clockwise on screen, about its centre.
    func image(of strokes: [[InkPoint]], rotatedBy degrees: Double = 0) -> DigitImage {
        var strokes = strokes.filter { !$0.isEmpty }
        for _ in 0..<settings.smoothingPasses { strokes = strokes.map(Self.smoothed) }
        if settings.deskew { strokes = deskewed(strokes) }
        if degrees != 0 { strokes = Self.rotated(strokes, degrees: degrees) }

        let s = max(settings.supersampling, 1)
        let side = DigitImage.side * s
        let penWidth = settings.penWidth * Self.box * Double(s)   // in fine pixels
        let radius = penWidth / 2

        // Fit the ink (points plus the pen's radius) into the box: the longer side becomes 20 px.
        let all = strokes.flatMap { $0 }
        guard let first = all.first else { return DigitImage(pixels: [Float](repeating: 0, count: 784)) }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in all {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        let extent = max(maxX - minX, maxY - minY)
        let scale = extent > 1e-9 ? (Self.box * Double(s) - penWidth) / extent : 1
        let centre = Double(side) / 2
        let cx = (minX + maxX) / 2, cy = (minY + maxY) / 2
        let fine = strokes.map { stroke in
            stroke.map { InkPoint(x: centre + ($0.x - cx) * scale, y: centre + ($0.y - cy) * scale) }
        }

        var grid = [Float](repeating: 0, count: side * side)
        for stroke in fine {
            if stroke.count == 1 { Self.stamp(from: stroke[0], to: stroke[0], radius: radius, into: &grid, side: side) }
            for k in stroke.indices.dropFirst() {
                Self.stamp(from: stroke[k - 1], to: stroke[k], radius: radius, into: &grid, side: side)
            }
        }
        return Self.downsampled(grid, side: side, factor: s)
    }

    /// Marks every fine pixel whose centre lies within `radius` of the segment (a round-capped line).
    static func stamp(from a: InkPoint, to b: InkPoint, radius: Double, into grid: inout [Float], side: Int) {
        let x0 = max(Int((min(a.x, b.x) - radius).rounded(.down)), 0)
        let x1 = min(Int((max(a.x, b.x) + radius).rounded(.up)), side - 1)
        let y0 = max(Int((min(a.y, b.y) - radius).rounded(.down)), 0)
        let y1 = min(Int((max(a.y, b.y) + radius).rounded(.up)), side - 1)
        guard x0 <= x1, y0 <= y1 else { return }
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        let r2 = radius * radius
        for y in y0...y1 {
            let py = Double(y) + 0.5
            for x in x0...x1 {
                let px = Double(x) + 0.5
                let t = len2 > 0 ? min(max(((px - a.x) * dx + (py - a.y) * dy) / len2, 0), 1) : 0
                let ex = px - (a.x + t * dx), ey = py - (a.y + t * dy)
                if ex * ex + ey * ey <= r2 { grid[y * side + x] = 1 }
            }
        }
    }

    /// Area-averages `factor`×`factor` blocks, shifting by whole fine pixels so the centre of mass lands on
    /// the image centre (MNIST translated its 20×20 digits the same way).
    static func downsampled(_ grid: [Float], side: Int, factor: Int) -> DigitImage {
        var mass = 0.0, mx = 0.0, my = 0.0
        for y in 0..<side {
            for x in 0..<side where grid[y * side + x] > 0 {
                let v = Double(grid[y * side + x])
                mass += v; mx += v * (Double(x) + 0.5); my += v * (Double(y) + 0.5)
            }
        }
        var shiftX = 0, shiftY = 0
        if mass > 0 {
            shiftX = Int((mx / mass - Double(side) / 2).rounded())
            shiftY = Int((my / mass - Double(side) / 2).rounded())
        }
        let n = DigitImage.side
        var out = [Float](repeating: 0, count: n * n)
        let norm = 1 / Float(factor * factor)
        for oy in 0..<n {
            for ox in 0..<n {
                var sum: Float = 0
                for fy in 0..<factor {
                    let y = oy * factor + fy + shiftY
                    guard y >= 0 && y < side else { continue }
                    for fx in 0..<factor {
                        let x = ox * factor + fx + shiftX
                        if x >= 0 && x < side { sum += grid[y * side + x] }
                    }
                }
                out[oy * n + ox] = sum * norm
            }
        }
        return DigitImage(pixels: out)
    }

    /// One pass of [1 2 1]/4 over a stroke's interior points: rounds off the staircase that whole cells make.
    static func smoothed(_ stroke: [InkPoint]) -> [InkPoint] {
        guard stroke.count > 2 else { return stroke }
        var out = stroke
        for k in 1..<(stroke.count - 1) {
            out[k] = InkPoint(x: (stroke[k - 1].x + 2 * stroke[k].x + stroke[k + 1].x) / 4,
                              y: (stroke[k - 1].y + 2 * stroke[k].y + stroke[k + 1].y) / 4)
        }
        return out
    }

    /// The strokes turned about the centre of their bounding box (y points down, so positive is clockwise).
    static func rotated(_ strokes: [[InkPoint]], degrees: Double) -> [[InkPoint]] {
        let all = strokes.flatMap { $0 }
        guard let minX = all.map(\.x).min(), let maxX = all.map(\.x).max(),
              let minY = all.map(\.y).min(), let maxY = all.map(\.y).max() else { return strokes }
        let cx = (minX + maxX) / 2, cy = (minY + maxY) / 2
        let c = cos(degrees * .pi / 180), s = sin(degrees * .pi / 180)
        return strokes.map { $0.map { p in
            let dx = p.x - cx, dy = p.y - cy
            return InkPoint(x: cx + c * dx - s * dy, y: cy + s * dx + c * dy)
        } }
    }

    /// Removes the slant measured from the strokes' second moments (length-weighted): x -= shear · (y - ȳ).
    func deskewed(_ strokes: [[InkPoint]]) -> [[InkPoint]] {
        var w = 0.0, sx = 0.0, sy = 0.0, sxy = 0.0, syy = 0.0
        for stroke in strokes where stroke.count > 1 {
            for k in 1..<stroke.count {
                let a = stroke[k - 1], b = stroke[k]
                let len = hypot(b.x - a.x, b.y - a.y)
                let mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2
                w += len; sx += len * mx; sy += len * my
                sxy += len * mx * my; syy += len * my * my
            }
        }
        guard w > 0 else { return strokes }
        let meanX = sx / w, meanY = sy / w
        let varY = syy / w - meanY * meanY
        guard varY > 1e-9 else { return strokes }
        let shear = min(max((sxy / w - meanX * meanY) / varY, -settings.maximumShear), settings.maximumShear)
        return strokes.map { $0.map { InkPoint(x: $0.x - shear * ($0.y - meanY), y: $0.y) } }
    }
}
