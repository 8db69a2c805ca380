import XCTest
@testable import Terminal

/// Every colour pair of every palette, against the background it is drawn on, in xterm's own colours
/// (`XtermColors`: xterm's default resources, which VTE and tmux share): WCAG contrast of at least 4.5:1.
/// Every screen draws only with `ColorRole`s, so checking every role checks every pair on every screen.
/// `-1` is the terminal's default colour: white background and black text for the light theme, the
/// reverse for the dark one.
final class PaletteTests: XCTestCase {
    private func rgb(_ number: Int16, default value: RGB) -> RGB {
        number < 0 ? value : XtermColors.rgb(Int(number))
    }

    func testEveryPairHasAContrastOfAtLeast4Point5() {
        var worst: (Double, String) = (21, "")
        for theme in Theme.allCases {
            for colors in [8, 256] {
                let palette = Palette(theme: theme, colors: colors)
                for role in ColorRole.allCases {
                    let pair = palette.colors(for: role)
                    let foreground = rgb(pair.foreground, default: palette.defaultForeground)
                    let background = rgb(pair.background, default: palette.defaultBackground)
                    let ratio = foreground.contrast(with: background)
                    let name = "\(theme) \(colors) colours, \(role): \(pair.foreground) on \(pair.background)"
                    XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(name): \(ratio)")
                    if ratio < worst.0 { worst = (ratio, name) }
                    // Bold would show colours 0-7 as 8-15 in xterm: the palettes that keep bold use none of them.
                    if palette.boldAllowed { XCTAssertFalse((0...7).contains(pair.foreground), name) }
                }
            }
        }
        print("lowest contrast: \(String(format: "%.2f", worst.0)) (\(worst.1))")
    }

    func testTheDigitInksStayDistinct() {
        for theme in Theme.allCases {
            for colors in [8, 256] {
                let palette = Palette(theme: theme, colors: colors)
                let inks = ColorRole.digitInks.map { palette.colors(for: $0).foreground }
                XCTAssertEqual(Set(inks).count, 4, "\(theme) \(colors): \(inks)")
            }
        }
    }

    func testTheContrastFormulaAgainstKnownValues() {
        XCTAssertEqual(RGB.black.contrast(with: .white), 21, accuracy: 0.001)
        // xterm's yellow on white, the issue's unreadable title: 1.7:1.
        XCTAssertEqual(XtermColors.rgb(3).contrast(with: .white), 1.70, accuracy: 0.01)
        // WebAIM's checker: #767676 on white is 4.54:1.
        XCTAssertEqual(RGB(red: 0x76, green: 0x76, blue: 0x76).contrast(with: .white), 4.54, accuracy: 0.01)
        XCTAssertEqual(XtermColors.rgb(16), .black)
        XCTAssertEqual(XtermColors.rgb(231), .white)
        XCTAssertEqual(XtermColors.rgb(18), RGB(red: 0, green: 0, blue: 135))
        XCTAssertEqual(XtermColors.rgb(244), RGB(red: 128, green: 128, blue: 128))
    }
}
