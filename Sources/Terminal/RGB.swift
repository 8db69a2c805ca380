#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A colour as red, green and blue from 0 to 255.
///
/// ```swift
/// RGB(red: 255, green: 255, blue: 255).relativeLuminance   // 1.0
/// ```
public struct RGB: Hashable, Sendable {
    public var red, green, blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// WCAG 2's relative luminance (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance), 0 (black) to 1 (white).
    public var relativeLuminance: Double {
        func linear(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2's contrast ratio with `other`, from 1 (the same) to 21 (black and white); 4.5 is level AA for text.
    public func contrast(with other: RGB) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Light when black text on it has more contrast than white text.
    public var isLight: Bool { contrast(with: .black) > contrast(with: .white) }

    public static let black = RGB(red: 0, green: 0, blue: 0)
    public static let white = RGB(red: 255, green: 255, blue: 255)
}
