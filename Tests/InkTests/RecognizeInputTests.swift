import Ink
import InkFakes
import XCTest

/// `astro-numbers recognize`: every malformed input gives its one-line error, the rest is still answered.
final class RecognizeInputTests: XCTestCase {
    private let canvas = #""canvas":{"cols":48,"rows":16,"cellAspect":2.0}"#

    private func error(_ line: String, file: StaticString = #filePath, lineNumber: UInt = #line) -> String? {
        do {
            _ = try DrawingJSON.drawing(from: Substring(line))
            XCTFail("accepted: \(line)", file: file, line: lineNumber)
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testParsesAWellFormedDrawing() throws {
        let d = try DrawingJSON.drawing(from: #"{"canvas":{"cols":48,"rows":16,"cellAspect":2.5},"strokes":[[[1,2],[3,4]],[[47,15]]]}"#)
        XCTAssertEqual(d.canvas, Canvas(cols: 48, rows: 16, cellAspect: 2.5))
        XCTAssertEqual(d.strokes, [[CellPoint(col: 1, row: 2), CellPoint(col: 3, row: 4)], [CellPoint(col: 47, row: 15)]])
        let spaced = try DrawingJSON.drawing(from: " { \"strokes\" : [ ] , \"canvas\" : { \"rows\" : 4 , \"cols\" : 5 } , \"extra\": [null, true, \"x\\\"\"] } ")
        XCTAssertEqual(spaced.canvas, Canvas(cols: 5, rows: 4, cellAspect: 2.0), "cellAspect defaults to 2.0")
        XCTAssertTrue(spaced.strokes.isEmpty)
    }

    /// Text that is not JSON: the parser's own words, with where it stopped (characters counted from 0).
    func testMalformedJSON() {
        XCTAssertEqual(error("nope"), "invalid JSON: invalid value around character 1")
        XCTAssertEqual(error("{\"canvas\":"), "invalid JSON: unexpected end of file during JSON parse")
        XCTAssertEqual(error("{\"canvas\":{}} x"), "invalid JSON: invalid value around character 14")
        XCTAssertEqual(error("{\"a\" 1}"), "invalid JSON: invalid value around character 5")
        XCTAssertEqual(error("[1,2"), "invalid JSON: unexpected end of file during JSON parse")
        XCTAssertEqual(error("{\"a\":01}"), "canvas: missing", "JSONDecoder reads a leading zero; the drawing is still checked")
        XCTAssertEqual(error("{\"a\":\"x}"), "invalid JSON: unexpected end of file during JSON parse")
        for line in ["nope", "{\"a\" 1}", "[1,2", "{\"a\":\"x}", "{\"a\":tru}"] {
            XCTAssertTrue(error(line)?.hasPrefix("invalid JSON: ") == true, line)
        }
    }

    func testWrongTopLevelAndCanvas() {
        XCTAssertEqual(error("[]"), "expected a JSON object")
        XCTAssertEqual(error(#"{"strokes":[]}"#), "canvas: missing")
        XCTAssertEqual(error(#"{"canvas":[48,16],"strokes":[]}"#), #"canvas: expected an object {"cols":..,"rows":..,"cellAspect":..}"#)
        XCTAssertEqual(error(#"{"canvas":{"rows":16},"strokes":[]}"#), "canvas.cols: missing")
        XCTAssertEqual(error(#"{"canvas":{"cols":48},"strokes":[]}"#), "canvas.rows: missing")
        XCTAssertEqual(error(#"{"canvas":{"cols":0,"rows":16},"strokes":[]}"#), "canvas.cols: expected an integer from 1 to 10000, got 0")
        XCTAssertEqual(error(#"{"canvas":{"cols":48,"rows":16.5},"strokes":[]}"#), "canvas.rows: expected an integer from 1 to 10000, got 16.5")
        XCTAssertEqual(error(#"{"canvas":{"cols":"48","rows":16},"strokes":[]}"#), #"canvas.cols: expected an integer from 1 to 10000, got "48""#)
        XCTAssertEqual(error(#"{"canvas":{"cols":48,"rows":16,"cellAspect":0},"strokes":[]}"#),
                       "canvas.cellAspect: expected a number above 0 and up to 100, got 0")
        XCTAssertEqual(error(#"{"canvas":{"cols":48,"rows":16,"cellAspect":null},"strokes":[]}"#),
                       "canvas.cellAspect: expected a number above 0 and up to 100, got null")
    }

    func testWrongStrokes() {
        XCTAssertEqual(error("{\(canvas)}"), "strokes: missing")
        XCTAssertEqual(error("{\(canvas),\"strokes\":{}}"), "strokes: expected an array of strokes")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[1,2]],5]}"), "strokes[1]: expected an array of [col,row] points")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[1,2],[3,4],[5,\"x\"]]]}"), "strokes[0][2]: expected [col,row] integers")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[1,2,3]]]}"), "strokes[0][0]: expected [col,row] integers")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[1]]]}"), "strokes[0][0]: expected [col,row] integers")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[1.5,2]]]}"), "strokes[0][0]: expected [col,row] integers")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[{\"col\":1,\"row\":2}]]}"), "strokes[0][0]: expected [col,row] integers")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[1,2]],[[3,4],[99999999999999999999,1]]]}"),
                       "strokes[1][1]: expected [col,row] integers")
    }

    func testPointsOutsideTheCanvas() {
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[48,0]]]}"), "strokes[0][0]: [48,0] is outside the 48x16 canvas")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[0,16]]]}"), "strokes[0][0]: [0,16] is outside the 48x16 canvas")
        XCTAssertEqual(error("{\(canvas),\"strokes\":[[[3,3],[-1,3]]]}"), "strokes[0][1]: [-1,3] is outside the 48x16 canvas")
    }

    func testAnswersEveryLineInOrderAndCountsFailures() {
        let input = [
            "{\(canvas),\"strokes\":[[[10,2],[10,13]]]}",
            "{\(canvas),\"strokes\":[]}",
            "{\(canvas),\"strokes\":[[[1,2],[3,4],[5,\"x\"]]]}",
            "",
            "{\(canvas),\"strokes\":[[[20,2],[20,13]],[[30,2],[30,13]]]}\r",
        ].joined(separator: "\n") + "\n"
        let (lines, failed) = DrawingJSON.answers(to: input, using: Recognizer(classifier: ShapeClassifier(), threshold: 0.8), batch: 2)
        XCTAssertEqual(failed, 2)
        XCTAssertEqual(lines.count, 5, "one output line per input line; the final newline adds none")
        XCTAssertEqual(lines[0], #"{"answer":"1","readable":true,"digits":[{"digit":1,"probability":0.900,"top":[[1,0.900],[7,0.020],[0,0.010]]}]}"#)
        XCTAssertEqual(lines[1], #"{"answer":null,"readable":false,"digits":[]}"#)
        XCTAssertEqual(lines[2], #"{"error":"line 3: strokes[0][2]: expected [col,row] integers"}"#)
        XCTAssertEqual(lines[3], #"{"error":"line 4: empty line, expected a drawing"}"#)
        XCTAssertTrue(lines[4].hasPrefix(#"{"answer":"11","readable":true,"digits":[{"digit":1,"#), lines[4])
    }

    func testErrorMessagesAreEscapedJSON() {
        XCTAssertEqual(DrawingJSON.errorLine(number: 7, message: #"canvas.cols: got "48"\"#),
                       #"{"error":"line 7: canvas.cols: got \"48\"\\"}"#)
    }

    func testEmptyInputGivesNoLines() {
        let (lines, failed) = DrawingJSON.answers(to: "", using: Recognizer(classifier: ShapeClassifier()))
        XCTAssertEqual(lines, [])
        XCTAssertEqual(failed, 0)
    }
}
