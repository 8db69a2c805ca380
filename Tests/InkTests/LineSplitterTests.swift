import Ink
import XCTest

final class LineSplitterTests: XCTestCase {
    private func texts(_ lines: [LineSplitter.Line]) -> [String] {
        lines.map { line in
            switch line {
            case .text(let bytes): return String(decoding: bytes, as: UTF8.self)
            case .tooLong(let bytes): return "<\(bytes) bytes>"
            }
        }
    }

    /// CRLF input used to lose lines: 5 lines in, 1 out.
    func testCRLFAndLFEndLinesAlike() {
        var splitter = LineSplitter(maximumBytes: 100)
        XCTAssertEqual(texts(splitter.append(Array("a\r\nb\r\nc\nd\r\ne\r\n".utf8))), ["a", "b", "c", "d", "e"])
        XCTAssertNil(splitter.finish())
        XCTAssertEqual(texts(splitter.append(Array("\r\n\n".utf8))), ["", ""])
    }

    func testLinesAreCompleteOnlyWhenTheirNewlineArrives() {
        var splitter = LineSplitter(maximumBytes: 100)
        XCTAssertEqual(texts(splitter.append(Array("{\"can".utf8))), [])
        XCTAssertEqual(texts(splitter.append(Array("vas\":1}\r".utf8))), [])
        XCTAssertEqual(texts(splitter.append(Array("\nnext".utf8))), ["{\"canvas\":1}"])
        XCTAssertEqual(splitter.finish().map { texts([$0]) }, ["next"])
        XCTAssertNil(splitter.finish())
    }

    /// An endless line is counted, not kept; the lines after it are read as usual.
    func testALineOverTheLimitIsReportedNotKept() {
        var splitter = LineSplitter(maximumBytes: 10)
        XCTAssertEqual(texts(splitter.append(Array("0123456789\r\n".utf8))), ["0123456789"], "CRLF at the limit")
        XCTAssertEqual(texts(splitter.append(Array("01234567890".utf8))), [])
        for _ in 0..<1000 { XCTAssertEqual(splitter.append(Array(repeating: UInt8(ascii: "x"), count: 1000)), []) }
        XCTAssertEqual(texts(splitter.append(Array("\nok\n".utf8))), ["<1000011 bytes>", "ok"])
        XCTAssertEqual(texts(splitter.append(Array("01234567890".utf8))), [])
        XCTAssertEqual(splitter.finish().map { texts([$0]) }, ["<11 bytes>"])
    }
}
