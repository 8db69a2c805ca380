import Foundation
import XCTest

/// The palettes in a real terminal (tmux, 256 colours): `--theme` chooses, `COLORFGBG` tells a light
/// background when the terminal answers no OSC 11 (tmux without a client does not), dark otherwise; a
/// terminal's reply that arrives late is neither shown nor taken for keys (its Esc would leave the welcome
/// screen).
final class ThemeEndToEndTests: TmuxLessonTestCase {
    /// The colour number of the pad's title, read from the pane's escapes.
    private func titleColour(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        tmux?.kill()
        let session = try TmuxSession(arguments: ["pad"] + arguments, environment: environment)
        tmux = session
        try session.waitForText("drawing pad")
        let first = session.capture(withEscapes: true).lines[0]
        let pattern = try NSRegularExpression(pattern: "38;5;([0-9]+)m[^\u{1B}]*Astro Numbers")
        let match = try XCTUnwrap(pattern.firstMatch(in: first, range: NSRange(first.startIndex..., in: first)), first)
        return String(first[Range(match.range(at: 1), in: first)!])
    }

    func testTheThemeOptionAndCOLORFGBGChooseThePalette() throws {
        XCTAssertEqual(try titleColour([]), "220", "dark, assumed: gold title")
        XCTAssertEqual(try titleColour(["--theme", "light"]), "18", "light: navy title")
        XCTAssertEqual(try titleColour([], environment: ["COLORFGBG": "0;15"]), "18")
        XCTAssertEqual(try titleColour(["--theme", "dark"], environment: ["COLORFGBG": "0;15"]), "220", "the option wins")
    }

    func testALateReplyIsNeitherShownNorTakenForKeys() throws {
        let session = try TmuxSession(arguments: ["play", "--quiz", PlayEndToEndTests.quiz.path, "--db",
                                                  folder.appendingPathComponent("records.sqlite").path,
                                                  "--weights", PlayEndToEndTests.weights.path])
        tmux = session
        try session.waitForText("What is your name?")
        // What a slow terminal would send after the question's wait: its colour, then its attributes.
        session.sendLiteral("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}")
        session.sendLiteral("\u{1B}[?62;22c")
        usleep(300_000)
        var screen = session.capture()
        XCTAssertTrue(screen.contains("What is your name? _"), "nothing typed into the name\n\(screen)")
        XCTAssertFalse(screen.contains("rgb") || screen.contains("11;"), "\(screen)")
        session.sendLiteral("Bo")
        session.sendKeys("Enter")
        screen = try session.waitForText("1 of 4")
        XCTAssertTrue(screen.contains("Bo · 1 of 4"), "\(screen)")
    }
}
