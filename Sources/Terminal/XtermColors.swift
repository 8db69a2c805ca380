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
