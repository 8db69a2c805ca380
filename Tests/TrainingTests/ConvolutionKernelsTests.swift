@testable import Training
import XCTest

/// `im2col3x3` and `col2im3x3` against naive loops, whole chunks and groups of samples inside a chunk
/// (`channelStride`), on widths below, at and above one 8-float vector.
final class ConvolutionKernelsTests: XCTestCase {
    /// x[c][s][y][x] with distinct values.
    func input(channels: Int, samples: Int, height: Int, width: Int) -> [Float] {
        (0..<channels * samples * height * width).map { Float($0 % 97) - 48.5 + Float($0) / 1000 }
    }

    func naiveIm2col(_ x: [Float], channels: Int, samples: Int, height: Int, width: Int, first: Int, count: Int) -> [Float] {
        let outH = height - 2, outW = width - 2, columns = count * outH * outW
        var col = [Float](repeating: 0, count: channels * 9 * columns)
        for c in 0..<channels { for ky in 0..<3 { for kx in 0..<3 { for s in 0..<count { for oy in 0..<outH { for ox in 0..<outW {
            col[(c * 9 + ky * 3 + kx) * columns + (s * outH + oy) * outW + ox]
                = x[((c * samples + first + s) * height + oy + ky) * width + ox + kx]
        } } } } } }
        return col
    }

    func testIm2colMatchesTheNaiveUnfoldingForWholeChunksAndGroups() {
        for (height, width) in [(6, 7), (13, 13), (28, 28), (11, 12)] {
            let (channels, samples) = (3, 5)
            let x = input(channels: channels, samples: samples, height: height, width: width)
            let columns = samples * (height - 2) * (width - 2)
            var col = [Float](repeating: .nan, count: channels * 9 * columns)
            ConvolutionKernels.im2col3x3(x, channels: channels, samples: samples, height: height, width: width, into: &col)
            XCTAssertEqual(col, naiveIm2col(x, channels: channels, samples: samples, height: height, width: width, first: 0, count: samples))
            // Samples 1 and 2 of the chunk, as the trainer's conv2 groups read them.
            let groupColumns = 2 * (height - 2) * (width - 2)
            var group = [Float](repeating: .nan, count: channels * 9 * groupColumns)
            x.withUnsafeBufferPointer { xs in
                ConvolutionKernels.im2col3x3(xs.baseAddress! + height * width, channels: channels, samples: 2, height: height,
                                             width: width, channelStride: samples * height * width, into: &group)
            }
            XCTAssertEqual(group, naiveIm2col(x, channels: channels, samples: samples, height: height, width: width, first: 1, count: 2))
        }
    }

    func testCol2imIsTheAdjointOfIm2colAndLeavesOtherSamplesAlone() {
        let (channels, samples, height, width) = (2, 4, 13, 13)
        let columns = 2 * 11 * 11
        let col = (0..<channels * 9 * columns).map { Float($0 % 13) - 6 }
        var dx = [Float](repeating: 7, count: channels * samples * height * width)
        dx.withUnsafeMutableBufferPointer { d in
            ConvolutionKernels.col2im3x3(col, channels: channels, samples: 2, height: height, width: width,
                                         channelStride: samples * height * width, into: d.baseAddress! + 2 * height * width)
        }
        var expected = [Float](repeating: 7, count: dx.count)
        for c in 0..<channels { for s in 2..<4 { for i in 0..<height * width { expected[(c * samples + s) * height * width + i] = 0 } } }
        for c in 0..<channels { for ky in 0..<3 { for kx in 0..<3 { for s in 0..<2 { for oy in 0..<11 { for ox in 0..<11 {
            expected[((c * samples + 2 + s) * height + oy + ky) * width + ox + kx] += col[(c * 9 + ky * 3 + kx) * columns + (s * 11 + oy) * 11 + ox]
        } } } } } }
        XCTAssertEqual(dx, expected)
    }
}
