import Foundation

/// Splits a drawing into digits, left to right.
///
/// Rules, in canvas units (cells are `cellAspect` units tall), with `size` the height of the tallest stroke:
/// - a stroke covering at most 2×2 cells and at most `dotShare · size` is a dot: it joins the digit whose box
///   it lies in (a tap on a digit counts) and is ignored otherwise (a stray dot);
/// - two parts belong to one digit when the narrower one's horizontal centre lies inside the wider one's
///   extent (less a small margin): the two strokes of a 4, 5 or 7, a 1 with its base;
/// - or when one stroke ends on or near (`endReach · size`) the middle of another (a 4 whose arm stops short
///   of its upright), or the two cross;
/// - or when a short or flat stroke (a flag, a base, a bar) comes near another stroke (within a cell, or 20 %
///   of `size`): it joins the nearest one;
/// - anything else is a separate digit, however close: digits written side by side split;
/// - a group of strokes wider than `widestDigit` times its height keeps only the first rule, crossings and
///   flags touching their stroke (two digits written so close that the looser rules joined them).
struct Segmenter {
    let settings: InkSettings

    /// One stroke in canvas units with its extent.
    struct Stroke {
        var points: [InkPoint]
        var cells: (minCol: Int, maxCol: Int, minRow: Int, maxRow: Int)
        var minX, maxX, minY, maxY: Double
        var width: Double { maxX - minX }
        var height: Double { maxY - minY }
        var centreX: Double { (minX + maxX) / 2 }
    }

    func digits(of drawing: Drawing) -> [[[InkPoint]]] {
        let aspect = drawing.canvas.cellAspect > 0 ? drawing.canvas.cellAspect : 2.0
        let strokes = drawing.strokes.compactMap { Self.stroke(of: $0, aspect: aspect) }
        guard !strokes.isEmpty else { return [] }
        let size = max(strokes.map(\.height).max() ?? 0, aspect)

        let isDot = strokes.map { s in
            s.cells.maxCol - s.cells.minCol <= 1 && s.cells.maxRow - s.cells.minRow <= 1
                && max(s.width, s.height) <= settings.dotShare * size
        }
        let marks = strokes.indices.filter { !isDot[$0] }
        guard !marks.isEmpty else { return [] }

        // Union-find over the strokes that are not dots.
        var parent = Array(strokes.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for (n, i) in marks.enumerated() {
            for j in marks[(n + 1)...] where belongTogether(strokes[i], strokes[j], size: size) {
                parent[root(i)] = root(j)
            }
        }
        // Flags, bars and bases are short or flat and start on or just off their digit: each joins the
        // nearest other stroke if that one is close enough (nearest, so a 5's flag near a 1 stays with the 5).
        let touch = max(1.01 * max(1, aspect), 1.3 * settings.endReach * size)
        for i in marks where isMinor(strokes[i], size: size) {
            let nearest = marks.filter { $0 != i }
                .map { ($0, Self.distance(strokes[i].points, strokes[$0].points)) }
                .min { $0.1 < $1.1 }
            if let (j, d) = nearest, d <= touch { parent[root(i)] = root(j) }
        }
        // Groups can swallow each other once merged (a bar that spans two strokes of one digit): repeat the
        // extent rule on whole groups until nothing changes.
        var groups = Dictionary(grouping: marks, by: root).values.map { $0.sorted() }
        var merged = true
        while merged {
            merged = false
            outer: for a in groups.indices {
                for b in groups.indices where b > a {
                    if narrowCentreInside(extent(of: groups[a], in: strokes), extent(of: groups[b], in: strokes), size: size) {
                        groups[a] = (groups[a] + groups[b]).sorted()
                        groups.remove(at: b)
                        merged = true
                        break outer
                    }
                }
            }
        }
        // A digit is rarely wider than tall; a wider group of several strokes is most likely two digits
        // written close together that the looser rules joined: keep only the strict rules inside it.
        groups = groups.flatMap { g -> [[Int]] in
            let e = extent(of: g, in: strokes)
            guard g.count > 1, e.width > settings.widestDigit * max(e.height, aspect) else { return [g] }
            return strictGroups(of: g, in: strokes, size: size, aspect: aspect)
        }

        // Dots join the digit whose (slightly enlarged) box holds them; stray ones are dropped.
        let pad = 0.25 * size
        for d in strokes.indices where isDot[d] {
            let p = strokes[d]
            if let g = groups.indices.first(where: { g in
                let e = extent(of: groups[g], in: strokes)
                return p.centreX >= e.minX - pad && p.centreX <= e.maxX + pad
                    && p.minY >= e.minY - pad && p.maxY <= e.maxY + pad
            }) {
                groups[g].append(d)
            }
        }

        return groups
            .map { g in (extent(of: g, in: strokes).centreX, g.sorted().map { strokes[$0].points }) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }

    /// The strokes of `group` joined only when one lies inside the other's extent, they cross, or a flag or bar
    /// starts on a stroke.
    private func strictGroups(of group: [Int], in strokes: [Stroke], size: Double, aspect: Double) -> [[Int]] {
        var parent = Dictionary(uniqueKeysWithValues: group.map { ($0, $0) })
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i]! != i { i = parent[i]! }
            return i
        }
        for (n, i) in group.enumerated() {
            for j in group[(n + 1)...] {
                let a = strokes[i], b = strokes[j]
                if narrowCentreInside(a, b, size: size) || Self.cross(a.points, b.points) { parent[root(i)] = root(j) }
            }
        }
        // A flag or bar still joins the stroke it starts on (within a cell).
        for i in group where isMinor(strokes[i], size: size) {
            let nearest = group.filter { $0 != i }
                .map { ($0, Self.distance(strokes[i].points, strokes[$0].points)) }
                .min { $0.1 < $1.1 }
            if let (j, d) = nearest, d <= 1.01 * max(1, aspect) { parent[root(i)] = root(j) }
        }
        return Dictionary(grouping: group, by: root).values.map { $0.sorted() }
    }

    // MARK: - Rules

    private func belongTogether(_ a: Stroke, _ b: Stroke, size: Double) -> Bool {
        if narrowCentreInside(a, b, size: size) { return true }
        if Self.cross(a.points, b.points) { return true }
        let reach = max(1.01, settings.endReach * size)
        return endsOnMiddle(a, of: b, reach: reach) || endsOnMiddle(b, of: a, reach: reach)
    }

    /// The narrower part's centre lies inside the wider part's extent less a margin.
    private func narrowCentreInside(_ a: Stroke, _ b: Stroke, size: Double) -> Bool {
        let (narrow, wide) = a.width <= b.width ? (a, b) : (b, a)
        let margin = settings.mergeMargin * size
        // The cells' own width counts: a stroke in one column covers that whole column.
        let lo = wide.minX - 0.5 + margin, hi = wide.maxX + 0.5 - margin
        return lo < hi && narrow.centreX >= lo && narrow.centreX <= hi
    }

    /// An end of `a` lies on (within a cell of) `b`, away from `b`'s top and bottom.
    /// A flag, bar or base rather than the body of a digit.
    private func isMinor(_ s: Stroke, size: Double) -> Bool {
        max(s.width, s.height) < 0.45 * size || s.height < 0.3 * size
    }

    private func endsOnMiddle(_ a: Stroke, of b: Stroke, reach: Double) -> Bool {
        guard let first = a.points.first, let last = a.points.last, b.height > 0 else { return false }
        let band = (b.minY + 0.2 * b.height)...(b.maxY - 0.2 * b.height)
        for end in [first, last] {
            let (d, closest) = Self.nearest(end, on: b.points)
            if d <= reach && band.contains(closest.y) { return true }
        }
        return false
    }

    // MARK: - Geometry

    private func extent(of group: [Int], in strokes: [Stroke]) -> Stroke {
        var e = strokes[group[0]]
        for i in group.dropFirst() {
            let s = strokes[i]
            e.minX = min(e.minX, s.minX); e.maxX = max(e.maxX, s.maxX)
            e.minY = min(e.minY, s.minY); e.maxY = max(e.maxY, s.maxY)
        }
        e.points = []
        return e
    }

    static func stroke(of cells: [CellPoint], aspect: Double) -> Stroke? {
        guard let first = cells.first else { return nil }
        var points: [InkPoint] = []
        points.reserveCapacity(cells.count)
        var previous: CellPoint?
        var box = (minCol: first.col, maxCol: first.col, minRow: first.row, maxRow: first.row)
        for c in cells where c != previous {
            previous = c
            points.append(InkPoint(cell: c, cellAspect: aspect))
            box.minCol = min(box.minCol, c.col); box.maxCol = max(box.maxCol, c.col)
            box.minRow = min(box.minRow, c.row); box.maxRow = max(box.maxRow, c.row)
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        return Stroke(points: points, cells: box, minX: xs.min()!, maxX: xs.max()!, minY: ys.min()!, maxY: ys.max()!)
    }

    /// Distance from `p` to the polyline, and the closest point on it.
    static func nearest(_ p: InkPoint, on line: [InkPoint]) -> (Double, InkPoint) {
        guard line.count > 1 else { return (hypot(p.x - line[0].x, p.y - line[0].y), line[0]) }
        var best = (Double.infinity, line[0])
        for k in 1..<line.count {
            let a = line[k - 1], b = line[k]
            let dx = b.x - a.x, dy = b.y - a.y
            let len2 = dx * dx + dy * dy
            let t = len2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1) : 0
            let q = InkPoint(x: a.x + t * dx, y: a.y + t * dy)
            let d = hypot(p.x - q.x, p.y - q.y)
            if d < best.0 { best = (d, q) }
        }
        return best
    }

    /// Smallest distance between the vertices of one polyline and the other polyline.
    static func distance(_ a: [InkPoint], _ b: [InkPoint]) -> Double {
        var d = Double.infinity
        for p in a { d = min(d, nearest(p, on: b).0) }
        for p in b { d = min(d, nearest(p, on: a).0) }
        return d
    }

    /// Whether a segment of one polyline properly crosses a segment of the other.
    static func cross(_ a: [InkPoint], _ b: [InkPoint]) -> Bool {
        guard a.count > 1, b.count > 1 else { return false }
        func side(_ p: InkPoint, _ q: InkPoint, _ r: InkPoint) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        for i in 1..<a.count {
            let p1 = a[i - 1], p2 = a[i]
            for j in 1..<b.count {
                let q1 = b[j - 1], q2 = b[j]
                if max(p1.x, p2.x) < min(q1.x, q2.x) || max(q1.x, q2.x) < min(p1.x, p2.x) { continue }
                let d1 = side(q1, q2, p1), d2 = side(q1, q2, p2), d3 = side(p1, p2, q1), d4 = side(p1, p2, q2)
                if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
                    return true
                }
            }
        }
        return false
    }
}
