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

/// The colours xterm shows for the 256 colour numbers with its default resources (XTerm's `charproc.c` and
/// `256colres.h`, the same in VTE, tmux's own tables and most terminals): 0–15 the 16 ANSI colours, 16–231 a
/// 6×6×6 cube with levels 0, 95, 135, 175, 215, 255, and 232–255 greys from 8 to 238.
///
/// ```swift
/// XtermColors.rgb(3)    // RGB(205, 205, 0): "yellow", unreadable on white
/// XtermColors.rgb(18)   // RGB(0, 0, 135)
/// ```
public enum XtermColors {
    static let ansi: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0), RGB(red: 0, green: 205, blue: 0),
        RGB(red: 205, green: 205, blue: 0), RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0), RGB(red: 0, green: 255, blue: 0),
        RGB(red: 255, green: 255, blue: 0), RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    /// The colour of number `n` (0…255).
    public static func rgb(_ n: Int) -> RGB {
        precondition((0...255).contains(n), "colour numbers are 0…255")
        if n < 16 { return ansi[n] }
        if n < 232 {
            let levels = [0, 95, 135, 175, 215, 255], cube = n - 16
            return RGB(red: levels[cube / 36], green: levels[cube / 6 % 6], blue: levels[cube % 6])
        }
        let grey = 8 + 10 * (n - 232)
        return RGB(red: grey, green: grey, blue: grey)
    }
}
