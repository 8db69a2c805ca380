import Foundation

/// Splits a drawing into digits by reading: geometry proposes candidate digits (runs of strokes), the
/// network reads each one, and the split whose digits are most probable together, with a prior on a digit's
/// shape and on strokes that belong together, wins.
///
/// Two steps, so the network's readings can be batched and cached between them (`Recognizer` does both):
///
/// ```swift
/// let segmenter = Segmenter(settings: .standard)
/// guard case .candidates(let lattice) = segmenter.lattice(of: drawing) else { return }
/// let best = lattice.groups.map { group in bestProbability(of: lattice.strokes(of: group)) }   // the network
/// let digits = segmenter.choose(in: lattice, bestProbabilities: best)   // stroke indices per digit, left to right
/// ```
///
/// Candidates: every run of 1 to `maximumStrokesPerDigit` consecutive strokes, in writing order (a digit's
/// strokes are nearly always drawn one after the other) and in left-to-right order (a stroke added to an
/// earlier digit later, say a 4's upright after the next digit). Runs of several strokes wider than
/// `widestCandidate` times their height are no digit and are not read. Dynamic programming over each order finds
/// the best split into runs; the better of the two orders wins. Score of a split, summed over its digits:
///
/// - ln p, p the network's best probability for the digit's upright image (read alone);
/// - minus `digitCost` per digit (so a digit is not split into confident pieces without reason);
/// - minus `wideCost` × (width / height - `widestRatio`) for a digit wider than that (two digits read as one);
/// - minus `shortCost` × (`shortestShare` - height / tallest) for a digit shorter than that share of the
///   tallest digit (a flag, bar or base read on its own);
/// - for a digit whose strokes fall apart into groups that share no column (strokes side by side, even in
///   neighbouring columns, are more likely two digits): minus `apartCost`, and minus `gapCost` × the widest
///   horizontal distance between the groups in digit heights;
/// - minus, for every pair of strokes put in different digits, `overlapCost` × the share of the narrower
///   stroke's width that overlaps the other horizontally, `crossCost` if they cross, `touchCost` if one
///   is a flag, bar or base (short or flat) that touches the other, and `reachCost` if an end of one lies near
///   the middle of the other (within a cell or 15 % of the tallest stroke: a 4's arm short of its upright).
///
/// Strokes of at most 2×2 cells and `dotShare` of the tallest stroke are dots: they join the digit whose box
/// holds them (a tap on a digit) and are dropped otherwise. Past `maximumStrokes` strokes (dots included), more
/// strokes than `Recognizer.maximumDigits + 1` digits can hold, or more than `Recognizer.maximumDigits + 1`
/// groups of strokes separated by empty columns, the drawing is not an answer
/// and nothing is read (`Outcome.tooMuchInk`): the cost of reading stays bounded whatever is drawn.
struct Segmenter {
    let settings: InkSettings

    /// What geometry says about a drawing before anything is read.
    enum Outcome {
        /// No strokes, or only dots.
        case nothing
        /// Too many strokes or separate groups to be an answer: unreadable at once.
        case tooMuchInk
        case candidates(Lattice)
    }

    /// The candidate digits of one drawing and the geometry that scores them.
    struct Lattice {
        /// Every stroke of the drawing by its index, nil for an empty one.
        var strokes: [InkStroke?]
        /// Drawing indices of the strokes that are not dots, in writing order.
        var marks: [Int]
        var dots: [Int]
        /// The height of the tallest mark plus one cell, in canvas units.
        var tallest: Double
        var cellAspect: Double
        /// Candidate digits, each a sorted list of positions in `marks`; read each one once.
        var groups: [[Int]] = []
        /// Whether a candidate is worth reading: one of several strokes wider than `widestCandidate` times its
        /// height is no digit whatever the network says (its shape prior alone outweighs any reading), so it is
        /// not read. A single stroke is always read.
        var worthReading: [Bool] = []
        /// The orders the dynamic programming walks (positions in `marks`): writing order, then left to right
        /// when that differs.
        var orders: [[Int]] = []
        /// runs[o][i][k - 1]: the group of the k strokes of order o that end before position i.
        var runs: [[[Int]]] = []
        /// Pairwise geometry of the marks (by position): horizontal overlap share, crossing, flag touching.
        var overlap: [[Double]] = []
        var crossing: [[Bool]] = []
        var touching: [[Bool]] = []
        /// An end of one stroke lies near the middle of the other (a 4's arm that stops short of its upright).
        var reaching: [[Bool]] = []

        /// The strokes (drawing indices) of a candidate group.
        func strokeIndices(of group: Int) -> [Int] { groups[group].map { marks[$0] } }
    }

    // MARK: - Candidates

    func lattice(of drawing: Drawing) -> Outcome {
        let seg = settings.segmentation
        // Bounded cost: count the strokes before measuring any of them.
        guard drawing.strokes.lazy.filter({ !$0.isEmpty }).count <= seg.maximumStrokes else { return .tooMuchInk }
        guard var lattice = prepared(drawing) else { return .nothing }
        let strokes = lattice.strokes, marks = lattice.marks, aspect = lattice.cellAspect
        let size = max(strokes.compactMap { $0?.height }.max() ?? 0, aspect)
        let maximumDigits = Recognizer.maximumDigits + 1
        guard marks.count <= maximumDigits * seg.maximumStrokesPerDigit,
              Self.columnGroups(marks.map { strokes[$0]! }) <= maximumDigits else { return .tooMuchInk }

        let m = marks.map { strokes[$0]! }
        let n = m.count
        lattice.overlap = Array(repeating: Array(repeating: 0, count: n), count: n)
        lattice.crossing = Array(repeating: Array(repeating: false, count: n), count: n)
        lattice.touching = Array(repeating: Array(repeating: false, count: n), count: n)
        lattice.reaching = Array(repeating: Array(repeating: false, count: n), count: n)
        let minor = m.map { max($0.width, $0.height) < 0.45 * size || $0.height < 0.3 * size }
        let reach = 1.01 * aspect
        let endReach = max(reach, 0.15 * size)
        for a in 0..<n {
            for b in (a + 1)..<max(n, a + 1) {
                // The cells' own width counts: a stroke in one column covers that whole column.
                let shared = min(m[a].maxX, m[b].maxX) - max(m[a].minX, m[b].minX) + 1
                let share = max(0, shared) / min(m[a].width + 1, m[b].width + 1)
                lattice.overlap[a][b] = min(share, 1); lattice.overlap[b][a] = min(share, 1)
                guard shared > -reach else { continue }
                let crossing = InkStroke.cross(m[a], m[b])
                lattice.crossing[a][b] = crossing; lattice.crossing[b][a] = crossing
                let touching = (minor[a] || minor[b]) && (crossing || InkStroke.near(m[a], m[b], reach: reach))
                lattice.touching[a][b] = touching; lattice.touching[b][a] = touching
                let reaching = Self.endsOnMiddle(m[a], of: m[b], reach: endReach) || Self.endsOnMiddle(m[b], of: m[a], reach: endReach)
                lattice.reaching[a][b] = reaching; lattice.reaching[b][a] = reaching
            }
        }

        let writing = Array(0..<n)
        let leftToRight = writing.sorted { m[$0].centreX != m[$1].centreX ? m[$0].centreX < m[$1].centreX : $0 < $1 }
        lattice.orders = leftToRight == writing ? [writing] : [writing, leftToRight]
        var index: [[Int]: Int] = [:]
        for order in lattice.orders {
            var runs: [[Int]] = [[]]
            for end in 1...n {
                var ending: [Int] = []
                for k in 1...min(seg.maximumStrokesPerDigit, end) {
                    let group = order[(end - k)..<end].sorted()
                    if let g = index[group] { ending.append(g); continue }
                    index[group] = lattice.groups.count
                    ending.append(lattice.groups.count)
                    lattice.groups.append(group)
                    let (width, height) = Self.extent(of: group.map { m[$0] }, cellAspect: aspect)
                    lattice.worthReading.append(group.count == 1 || width <= seg.widestCandidate * height)
                }
                runs.append(ending)
            }
            lattice.runs.append(runs)
        }
        return .candidates(lattice)
    }

    /// The drawing's strokes measured and sorted into marks and dots, without candidates; nil when there is
    /// nothing but dots.
    func prepared(_ drawing: Drawing) -> Lattice? {
        let aspect = drawing.canvas.cellAspect > 0 ? drawing.canvas.cellAspect : 2.0
        let strokes = drawing.strokes.map { InkStroke(cells: $0, cellAspect: aspect) }
        let size = max(strokes.compactMap { $0?.height }.max() ?? 0, aspect)
        var marks: [Int] = [], dots: [Int] = []
        for (i, stroke) in strokes.enumerated() {
            guard let s = stroke else { continue }
            let isDot = s.columns <= 2 && s.rows <= 2 && max(s.width, s.height) <= settings.dotShare * size
            if isDot { dots.append(i) } else { marks.append(i) }
        }
        guard !marks.isEmpty else { return nil }
        return Lattice(strokes: strokes, marks: marks, dots: dots,
                       tallest: (marks.map { strokes[$0]!.height }.max() ?? 0) + aspect, cellAspect: aspect)
    }

    /// Whether an end of `a` lies within `reach` of the middle 60 % (in height) of `b`.
    static func endsOnMiddle(_ a: InkStroke, of b: InkStroke, reach: Double) -> Bool {
        guard b.height > 0, let first = a.points.first, let last = a.points.last else { return false }
        let band = (b.minY + 0.2 * b.height)...(b.maxY - 0.2 * b.height)
        for end in [first, last] where end.x >= b.minX - reach && end.x <= b.maxX + reach {
            for p in b.points where band.contains(p.y) && hypot(p.x - end.x, p.y - end.y) <= reach { return true }
        }
        return false
    }

    /// Groups of strokes whose columns do not overlap (each is at least one digit).
    static func columnGroups(_ strokes: [InkStroke]) -> Int {
        let spans = strokes.map { ($0.minX, $0.maxX) }.sorted { $0.0 < $1.0 }
        guard var right = spans.first?.1 else { return 0 }
        var count = 1
        for span in spans.dropFirst() {
            if span.0 > right { count += 1 }
            right = max(right, span.1)
        }
        return count
    }

    // MARK: - Choice

    /// The split with the best score, as drawing stroke indices per digit (dots included), left to right.
    /// `bestProbabilities[g]` is the network's best probability for `lattice.groups[g]` read alone (anything,
    /// say 0, for a group not `worthReading`).
    func choose(in lattice: Lattice, bestProbabilities: [Float]) -> [[Int]] {
        let seg = settings.segmentation
        let n = lattice.marks.count
        let maximumDigits = Recognizer.maximumDigits + 1
        let scores = lattice.groups.indices.map { groupScore(lattice, $0, p: lattice.worthReading[$0] ? bestProbabilities[$0] : 0) }
        func link(_ a: Int, _ b: Int) -> Double {
            seg.overlapCost * lattice.overlap[a][b] + (lattice.crossing[a][b] ? seg.crossCost : 0)
                + (lattice.touching[a][b] ? seg.touchCost : 0) + (lattice.reaching[a][b] ? seg.reachCost : 0)
        }

        var best: (score: Double, groups: [Int])?
        for (o, order) in lattice.orders.enumerated() {
            // before[s][a]: the links of mark a to the strokes at positions 0..<s of this order. A digit made of
            // positions s..<e pays its links to everything before it: each split pair is paid exactly once.
            var before = [[Double]](repeating: [Double](repeating: 0, count: n), count: n + 1)
            for s in 0..<n {
                before[s + 1] = before[s]
                let b = order[s]
                for a in 0..<n where a != b { before[s + 1][a] += link(a, b) }
            }
            // value[e][d]: best score of positions 0..<e split into d digits.
            var value = [[Double]](repeating: [Double](repeating: -.infinity, count: maximumDigits + 1), count: n + 1)
            var from = [[Int]](repeating: [Int](repeating: 0, count: maximumDigits + 1), count: n + 1)
            value[0][0] = 0
            for e in 1...n {
                for k in 1...min(seg.maximumStrokesPerDigit, e) {
                    let s = e - k
                    let g = lattice.runs[o][e][k - 1]
                    var cut = 0.0
                    for position in s..<e { cut += before[s][order[position]] }
                    let gain = scores[g] - cut
                    for d in 1...maximumDigits where value[s][d - 1] > -.infinity {
                        let candidate = value[s][d - 1] + gain
                        if candidate > value[e][d] { value[e][d] = candidate; from[e][d] = k }
                    }
                }
            }
            guard let d = (1...maximumDigits).max(by: { value[n][$0] < value[n][$1] }), value[n][d] > -.infinity else { continue }
            var groups: [Int] = []
            var e = n, left = d
            while e > 0 {
                let k = from[e][left]
                groups.append(lattice.runs[o][e][k - 1])
                e -= k; left -= 1
            }
            if best == nil || value[n][d] > best!.score { best = (value[n][d], groups) }
        }
        guard let chosen = best?.groups else { return [] }
        return attachDots(lattice, to: chosen.map { lattice.strokeIndices(of: $0) })
    }

    /// The score of one candidate digit alone: its reading plus its shape prior.
    func groupScore(_ lattice: Lattice, _ g: Int, p: Float) -> Double {
        let seg = settings.segmentation
        let strokes = lattice.groups[g].map { lattice.strokes[lattice.marks[$0]]! }
        let (width, height) = Self.extent(of: strokes, cellAspect: lattice.cellAspect)
        // The widest horizontal distance between the digit's strokes where they share no column (1 for strokes
        // in neighbouring columns): strokes side by side are more likely two digits than one.
        var gap = 0.0, right = -Double.infinity
        for s in strokes.sorted(by: { $0.minX < $1.minX }) {
            if right > -.infinity { gap = max(gap, s.minX - right) }
            right = max(right, s.maxX)
        }
        var score = log(Double(max(p, 1e-4))) - seg.digitCost
        score -= seg.wideCost * max(0, width / height - seg.widestRatio)
        score -= seg.shortCost * max(0, seg.shortestShare - height / lattice.tallest)
        if gap > 0 { score -= seg.apartCost + seg.gapCost * gap / lattice.tallest }
        return score
    }

    /// Width and height of the strokes' cells together, in canvas units.
    static func extent(of strokes: [InkStroke], cellAspect: Double) -> (width: Double, height: Double) {
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for s in strokes {
            minX = min(minX, s.minX); maxX = max(maxX, s.maxX); minY = min(minY, s.minY); maxY = max(maxY, s.maxY)
        }
        return (maxX - minX + 1, maxY - minY + cellAspect)
    }

    /// Dots join the digit whose box (enlarged by a quarter of the tallest stroke) holds them; others are
    /// dropped. The digits come back left to right.
    func attachDots(_ lattice: Lattice, to digits: [[Int]]) -> [[Int]] {
        func box(_ digit: [Int]) -> (minX: Double, maxX: Double, minY: Double, maxY: Double) {
            let s = digit.map { lattice.strokes[$0]! }
            return (s.map(\.minX).min()!, s.map(\.maxX).max()!, s.map(\.minY).min()!, s.map(\.maxY).max()!)
        }
        var digits = digits
        let boxes = digits.map(box)
        let pad = 0.25 * (lattice.tallest - lattice.cellAspect)
        for d in lattice.dots {
            let dot = lattice.strokes[d]!
            if let k = boxes.indices.first(where: { k in
                let b = boxes[k]
                return dot.centreX >= b.minX - pad && dot.centreX <= b.maxX + pad && dot.minY >= b.minY - pad && dot.maxY <= b.maxY + pad
            }) {
                digits[k].append(d)
            }
        }
        return digits.map { $0.sorted() }.sorted { box($0).minX + box($0).maxX < box($1).minX + box($1).maxX }
    }
}
