import Ink
import XCTest

final class PenDigitsTests: XCTestCase {
    func testReadsTheFixture() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.url("pendigits-sample.txt"))
        XCTAssertEqual(samples.map(\.label), [4, 5, 1, 7, 0, 3])
        XCTAssertEqual(samples.map(\.writer), [1, 1, 1, 1, 2, 2])
        XCTAssertEqual(samples.map(\.strokes.count), [2, 2, 1, 2, 1, 1])
        XCTAssertEqual(samples[0].strokes[0].first, PenPoint(x: 277, y: 306))
        XCTAssertTrue(samples.allSatisfy { $0.strokes.allSatisfy { $0.allSatisfy { (0...500).contains($0.x) && (0...500).contains($0.y) } } })
    }

    func testParsesMinimalText() throws {
        let text = """
            .COMMENT header comment
            .SEGMENT DIGIT 0 ? "7"
            .COMMENT 7 12 3
            .PEN_DOWN
             1 2
             3 4
            .PEN_UP
            .DT 100
            .SEGMENT DIGIT 1 ? "1"
            .COMMENT 1 13 4
            .PEN_DOWN
             5 6
            .PEN_UP
            """
        let samples = try PenDigits.parse(text)
        XCTAssertEqual(samples, [PenSample(writer: 12, label: 7, strokes: [[PenPoint(x: 1, y: 2), PenPoint(x: 3, y: 4)]]),
                                 PenSample(writer: 13, label: 1, strokes: [[PenPoint(x: 5, y: 6)]])])
    }

    func testMalformedFilesNameTheLine() {
        func message(_ text: String) -> String {
            do { _ = try PenDigits.parse(text, file: "pen.txt"); return "accepted" } catch { return "\(error)" }
        }
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"x\""), "pen.txt:1: expected .SEGMENT DIGIT <n> ? \"<label 0-9>\"")
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"3\"\n.COMMENT 4 1 1"), "pen.txt:2: .COMMENT label 4 differs from the .SEGMENT label 3")
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"3\"\n.COMMENT 3 1 1\n 1 2"), "pen.txt:3: point outside a stroke (expected .PEN_DOWN first)")
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"3\"\n.COMMENT 3 1 1\n.PEN_DOWN\n 1 x"), "pen.txt:4: expected a point \"x y\" (two integers)")
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"3\"\n.COMMENT 3 1 1\n.PEN_DOWN\n 1 2"), "pen.txt:4: digit ends inside a stroke (missing .PEN_UP)")
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"3\"\n.PEN_DOWN\n 1 2\n.PEN_UP"), "pen.txt:4: digit has no .COMMENT line with its writer")
        XCTAssertEqual(message(".PEN_DOWN"), "pen.txt:1: .PEN_DOWN before any .SEGMENT")
        XCTAssertEqual(message(".SEGMENT DIGIT 0 ? \"3\"\n.COMMENT 3 1 1\n.PEN_UP"), "pen.txt:3: .PEN_UP without .PEN_DOWN")
    }

    func testMissingFileIsOneLineError() {
        XCTAssertThrowsError(try PenDigits.read(contentsOf: URL(fileURLWithPath: "/nonexistent/pen.txt"))) { error in
            XCTAssertEqual("\(error)", "/nonexistent/pen.txt: cannot read the file")
        }
    }
}
