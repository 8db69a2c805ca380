import Ink
import InkFakes
import XCTest

/// `recognize` as a stream: answers as lines arrive, CRLF accepted, bounded memory.
final class DrawingLineStreamTests: XCTestCase {
    private let line = #"{"canvas":{"cols":48,"rows":16},"strokes":[[[10,2],[10,13]]]}"#
    private func stream(maximumLineBytes: Int = DrawingLineStream.maximumLineBytes) -> DrawingLineStream {
        DrawingLineStream(recognizer: Recognizer(classifier: ShapeClassifier(), threshold: 0.8), maximumLineBytes: maximumLineBytes)
    }

    /// A co-process writes one drawing and waits for its answer: it must come before any more input.
    func testEachLineIsAnsweredAsSoonAsItIsComplete() {
        var stream = stream()
        XCTAssertEqual(stream.feed(Array(line.prefix(20).utf8)), "")
        let first = stream.feed(Array((line.dropFirst(20) + "\n").utf8))
        XCTAssertTrue(first.hasPrefix(#"{"answer":"1","readable":true"#) && first.hasSuffix("}\n"), first)
        XCTAssertEqual(first.filter { $0 == "\n" }.count, 1)
        XCTAssertEqual(stream.feed(Array("nope\n".utf8)), #"{"error":"line 2: invalid JSON: invalid value around character 1"}"# + "\n")
        XCTAssertEqual(stream.finish(), "")
        XCTAssertEqual(stream.failed, 1)
    }

    /// CRLF input used to give one answer for five lines.
    func testFiveCRLFLinesGiveFiveAnswers() {
        let input = String(repeating: line + "\r\n", count: 5)
        let (lines, failed) = DrawingJSON.answers(to: input, using: Recognizer(classifier: ShapeClassifier(), threshold: 0.8))
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(failed, 0)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix(#"{"answer":"1""#) }, "\(lines)")
    }

    func testAnOverlongLineGetsAnErrorAndTheRestAreRead() {
        var stream = stream(maximumLineBytes: 200)
        var output = stream.feed(Array((String(repeating: " ", count: 500) + line + "\n").utf8))
        output += stream.feed(Array((line + "\n").utf8))
        XCTAssertEqual(output.split(separator: "\n").map(String.init), [
            #"{"error":"line 1: line of 561 bytes, more than the 200 a drawing may take"}"#,
            String(output.split(separator: "\n")[1]),
        ])
        XCTAssertTrue(output.split(separator: "\n")[1].hasPrefix(#"{"answer":"1""#))
        XCTAssertEqual(stream.failed, 1)
    }
}
