/// One digit normalised as MNIST was: 28×28, row-major, ink 1.0 and background 0.0, the digit fitted into
/// the central 20×20 box keeping its aspect ratio and its centre of mass at the centre.
///
/// ```swift
/// let image = InkPipeline.digitImages(of: drawing)[0]
/// image.pixels.count        // 784
/// image[row: 14, col: 14]   // ink near the centre of most digits
/// ```
public struct DigitImage: Hashable, Sendable {
    public static let side = 28
    /// 784 values, row by row.
    public let pixels: [Float]

    public init(pixels: [Float]) {
        precondition(pixels.count == DigitImage.side * DigitImage.side, "a DigitImage holds 28x28 pixels")
        self.pixels = pixels
    }

    public subscript(row row: Int, col col: Int) -> Float {
        pixels[row * DigitImage.side + col]
    }

    /// The image as text, one line per row (`#` ink, `+` some ink, `.` a trace), handy in test failures.
    public var asciiArt: String {
        var lines: [String] = []
        for row in 0..<DigitImage.side {
            var line = ""
            for col in 0..<DigitImage.side {
                let v = self[row: row, col: col]
                line.append(v > 0.66 ? "#" : v > 0.33 ? "+" : v > 0.02 ? "." : " ")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
