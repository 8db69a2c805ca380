import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import Terminal

final class BackgroundDetectionTests: XCTestCase {
    func testTheChainOptionReplyColorfgbgDark() {
        let white = RGB.white, dark = RGB(red: 30, green: 30, blue: 30)
        XCTAssertTrue(BackgroundDetection.theme(explicit: .dark, reported: white, environment: ["COLORFGBG": "0;15"]) == (.dark, .option))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: white, environment: ["COLORFGBG": "15;0"]) == (.light, .reported))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: dark, environment: [:]) == (.dark, .reported))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: nil, environment: ["COLORFGBG": "0;default;15"]) == (.light, .colorfgbg))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: nil, environment: ["COLORFGBG": "7;0"]) == (.dark, .colorfgbg))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: nil, environment: ["COLORFGBG": "0;7"]) == (.light, .colorfgbg))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: nil, environment: ["COLORFGBG": "junk"]) == (.dark, .assumed))
        XCTAssertTrue(BackgroundDetection.theme(explicit: nil, reported: nil, environment: [:]) == (.dark, .assumed))
    }

    func testOSC11RepliesInEveryWidth() {
        XCTAssertEqual(BackgroundDetection.background(fromReply: Array("rgb:ffff/ffff/ffff".utf8)), .white)
        XCTAssertEqual(BackgroundDetection.background(fromReply: Array("rgb:1e/1e/1e".utf8)), RGB(red: 30, green: 30, blue: 30))
        XCTAssertEqual(BackgroundDetection.background(fromReply: Array("rgb:f/0/8".utf8)), RGB(red: 255, green: 0, blue: 136))
        XCTAssertEqual(BackgroundDetection.background(fromReply: Array("rgba:fdfd/f6f6/e3e3/ffff".utf8)), RGB(red: 253, green: 246, blue: 227))
        XCTAssertNil(BackgroundDetection.background(fromReply: Array("rgb:ffff/ffff".utf8)))
        XCTAssertNil(BackgroundDetection.background(fromReply: Array("rgb:fffff/0/0".utf8)))
        XCTAssertNil(BackgroundDetection.background(fromReply: Array("#ffffff".utf8)))
        XCTAssertNil(BackgroundDetection.background(fromReply: [0xFF, 0xFE]))
    }

    func testRepliesAreTakenOutAndKeysKeptInOrder() {
        var parser = ReplyParser()
        let bytes = Array("7\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\a\u{1B}[A\u{1B}b\u{1B}[?62;22c5".utf8)
        for byte in bytes { parser.feed(byte) }
        parser.flush()
        XCTAssertEqual(parser.background, .white)
        XCTAssertTrue(parser.finished)
        XCTAssertEqual(String(decoding: parser.typeahead, as: UTF8.self), "7a\u{1B}[A\u{1B}b5", "keys, an arrow and Alt-b kept, in order")

        var bell = ReplyParser()
        for byte in Array("\u{1B}]11;rgb:0000/0000/0000\u{07}\u{1B}".utf8) { bell.feed(byte) }
        bell.flush()
        XCTAssertEqual(bell.background, .black)
        XCTAssertFalse(bell.finished)
        XCTAssertEqual(bell.typeahead, [0x1B], "a lone Esc at the end is a key")
    }

    /// The whole exchange on a pseudo-terminal: the question is written, the terminal's echo is off (no
    /// reply shows), the reply is read, and a key typed in the middle of it is handed back.
    func testAskingOnAPseudoTerminal() throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw XCTSkip("no pseudo-terminal") }
        defer { close(master); close(slave) }
        let master2 = master
        let terminal = Thread {
            let master = master2
            // The terminal: reads the question, answers with a key typed in between.
            var buffer = [UInt8](repeating: 0, count: 64)
            var question: [UInt8] = []
            while question.count < BackgroundQuery.question.utf8.count {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                question += buffer[0..<n]
            }
            let answer = Array("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}".utf8) + Array("3".utf8) + Array("\u{1B}[?1;2c".utf8)
            _ = answer.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
        terminal.start()
        let answer = BackgroundQuery.ask(timeout: 2000, input: slave, output: slave)
        XCTAssertEqual(answer.background, .white)
        XCTAssertEqual(answer.typeahead, Array("3".utf8))
        XCTAssertTrue(answer.answered)
        // Nothing came back to the screen: with echo off, the master reads nothing more.
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&descriptor, 1, 100), 0, "the reply was echoed to the screen")
        // And the terminal's mode is as it was: echo on again.
        var mode = termios()
        tcgetattr(slave, &mode)
        XCTAssertNotEqual(mode.c_lflag & tcflag_t(ECHO), 0)
    }

    func testATerminalThatAnswersNothingCostsTheTimeoutOnly() throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw XCTSkip("no pseudo-terminal") }
        defer { close(master); close(slave) }
        let answer = BackgroundQuery.ask(timeout: 100, input: slave, output: slave)
        XCTAssertNil(answer.background)
        XCTAssertFalse(answer.answered)
    }
}
