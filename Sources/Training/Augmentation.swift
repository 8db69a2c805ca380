import Basics
import CNN
import Foundation

/// Random distortions of a 28×28 training image, all from one seeded generator: rotation, scale, shear and
/// shift (one affine map), plus a smooth elastic displacement field, sampled bilinearly.
///
/// ```swift
/// var rng = SeededGenerator(seed: 1, stream: 42)
/// Augmentation.standard.apply(to: source, into: target, using: &rng)
/// ```
public struct Augmentation: Sendable, Equatable {
    /// Largest rotation, in degrees either way.
    public var rotationDegrees: Float
    /// Scale range around 1 (e.g. 0.1 → 0.9...1.1).
    public var scale: Float
    /// Largest horizontal shear (x += shear · y).
    public var shear: Float
    /// Largest shift in pixels, each axis.
    public var shift: Float
    /// Standard deviation of the elastic displacement at the control points, in pixels (0 = off).
    public var elastic: Float
    /// Control points per side of the elastic displacement grid (spread evenly over the image, displacements
    /// interpolated bilinearly between them): more points, more local wobble.
    public var elasticGrid: Int
    /// Share of images distorted; the others are used as they are, so the network also sees clean digits.
    public var probability: Float

    public init(rotationDegrees: Float, scale: Float, shear: Float, shift: Float, elastic: Float, elasticGrid: Int = 4,
                probability: Float = 1) {
        precondition(elasticGrid >= 2, "the elastic grid needs at least 2 points per side")
        self.rotationDegrees = rotationDegrees
        self.scale = scale
        self.shear = shear
        self.shift = shift
        self.elastic = elastic
        self.elasticGrid = elasticGrid
        self.probability = probability
    }

    /// The recipe of the shipped weights. A stronger elastic part after Simard et al. (2003) — σ 1.2 px on a
    /// 6×6 grid, 80 % of images — was tried for 20 epochs and read both MNIST (99.37 %) and held-out pen
    /// writers (97.7 %) worse than this milder one.
    public static let standard = Augmentation(rotationDegrees: 10, scale: 0.1, shear: 0.15, shift: 2, elastic: 0.6, elasticGrid: 4,
                                              probability: 0.7)
    /// No change at all (copies the image).
    public static let none = Augmentation(rotationDegrees: 0, scale: 0, shear: 0, shift: 0, elastic: 0, probability: 0)

    public var isIdentity: Bool {
        probability <= 0 || (rotationDegrees == 0 && scale == 0 && shear == 0 && shift == 0 && elastic == 0)
    }

    /// Writes a distorted copy of `source` (784 floats) into `target` (784 floats).
    public func apply(to source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>,
                      using rng: inout SeededGenerator) {
        if isIdentity || (probability < 1 && rng.unit() >= probability) {
            target.update(from: source, count: 784)
            return
        }
        let angle = rng.uniform(-rotationDegrees, rotationDegrees) * .pi / 180
        let s = 1 + rng.uniform(-scale, scale)
        let sh = rng.uniform(-shear, shear)
        let tx = rng.uniform(-shift, shift), ty = rng.uniform(-shift, shift)
        // Inverse map: target pixel → source position. Forward map = T · R · Shear · S about the centre.
        let c = cosf(angle), sn = sinf(angle)
        // forward matrix F = R · H · S, H = [[1, sh], [0, 1]]
        let f00 = c * s, f01 = (c * sh - sn) * s
        let f10 = sn * s, f11 = (sn * sh + c) * s
        let det = f00 * f11 - f01 * f10
        let i00 = f11 / det, i01 = -f01 / det, i10 = -f10 / det, i11 = f00 / det
        // Elastic field: random displacements on an n×n grid of control points, interpolated bilinearly.
        let n = elasticGrid, cells = n - 1
        var gridX = [Float](repeating: 0, count: n * n), gridY = [Float](repeating: 0, count: n * n)
        if elastic > 0 {
            for i in 0..<n * n { gridX[i] = rng.normal() * elastic; gridY[i] = rng.normal() * elastic }
        }
        let centre: Float = 13.5
        for y in 0..<28 {
            for x in 0..<28 {
                var px = Float(x), py = Float(y)
                if elastic > 0 {
                    let gx = px / 27 * Float(cells), gy = py / 27 * Float(cells)
                    let ix = min(Int(gx), cells - 1), iy = min(Int(gy), cells - 1)
                    let fx = gx - Float(ix), fy = gy - Float(iy)
                    func lerp(_ g: [Float]) -> Float {
                        let a = g[iy * n + ix] * (1 - fx) + g[iy * n + ix + 1] * fx
                        let b = g[(iy + 1) * n + ix] * (1 - fx) + g[(iy + 1) * n + ix + 1] * fx
                        return a * (1 - fy) + b * fy
                    }
                    px += lerp(gridX)
                    py += lerp(gridY)
                }
                let dx = px - centre - tx, dy = py - centre - ty
                let sx = i00 * dx + i01 * dy + centre, sy = i10 * dx + i11 * dy + centre
                target[y * 28 + x] = Self.bilinear(source, sx, sy)
            }
        }
    }

    @inline(__always)
    static func bilinear(_ image: UnsafePointer<Float>, _ x: Float, _ y: Float) -> Float {
        let x0f = x.rounded(.down), y0f = y.rounded(.down)
        let fx = x - x0f, fy = y - y0f
        let x0 = Int(x0f), y0 = Int(y0f)
        @inline(__always) func at(_ xx: Int, _ yy: Int) -> Float {
            (xx >= 0 && xx < 28 && yy >= 0 && yy < 28) ? image[yy * 28 + xx] : 0
        }
        if x0 < -1 || x0 > 27 || y0 < -1 || y0 > 27 { return 0 }
        let top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
        let bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }
}
