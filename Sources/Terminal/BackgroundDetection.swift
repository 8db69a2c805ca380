/// Which theme a terminal needs, and why: `--theme` when given; else the background colour the terminal
/// reports for an OSC 11 query (xterm, VTE, kitty, iTerm2, tmux…); else `COLORFGBG` (rxvt, Konsole: `fg;bg`
/// with ANSI colour numbers); else dark, the most common terminal background.
///
/// ```swift
/// BackgroundDetection.theme(explicit: nil, reported: RGB(red: 255, green: 255, blue: 255), environment: [:])   // (.light, .reported)
/// BackgroundDetection.theme(explicit: nil, reported: nil, environment: ["COLORFGBG": "0;15"])                 // (.light, .colorfgbg)
/// BackgroundDetection.background(fromReply: Array("rgb:1e1e/1e1e/1e1e".utf8))                                   // RGB(30, 30, 30)
/// ```
public enum BackgroundDetection {
    /// Where the theme came from.
    public enum Source: String, Hashable, Sendable {
        case option, reported, colorfgbg, assumed
    }

    public static func theme(explicit: Theme?, reported: RGB?, environment: [String: String]) -> (Theme, Source) {
        if let explicit { return (explicit, .option) }
        if let reported { return (reported.isLight ? .light : .dark, .reported) }
        if let theme = theme(colorfgbg: environment["COLORFGBG"]) { return (theme, .colorfgbg) }
        return (.dark, .assumed)
    }

    /// `COLORFGBG`'s last field is the background's ANSI colour number (`15;0`, `0;default;15`); nil when
    /// it is missing or not a number 0…15.
    public static func theme(colorfgbg: String?) -> Theme? {
        guard let last = colorfgbg?.split(separator: ";").last, let number = Int(last), (0...15).contains(number) else { return nil }
        return XtermColors.rgb(number).isLight ? .light : .dark
    }

    /// The colour in the body of an OSC 11 reply, `rgb:RRRR/GGGG/BBBB` with 1 to 4 hexadecimal digits per
    /// channel (`rgba:` with a fourth ignored); nil for anything else.
    public static func background(fromReply body: [UInt8]) -> RGB? {
        guard let text = String(validating: body, as: UTF8.self) else { return nil }
        let value: Substring
        if text.hasPrefix("rgb:") {
            value = text.dropFirst(4)
        } else if text.hasPrefix("rgba:") {
            value = text.dropFirst(5)
        } else {
            return nil
        }
        let channels = value.split(separator: "/", omittingEmptySubsequences: false)
        guard channels.count == 3 || (channels.count == 4 && text.hasPrefix("rgba:")) else { return nil }
        var scaled: [Int] = []
        for channel in channels.prefix(3) {
            guard (1...4).contains(channel.count), let number = Int(channel, radix: 16) else { return nil }
            let maximum = (1 << (4 * channel.count)) - 1
            scaled.append((number * 255 + maximum / 2) / maximum)
        }
        return RGB(red: scaled[0], green: scaled[1], blue: scaled[2])
    }
}
