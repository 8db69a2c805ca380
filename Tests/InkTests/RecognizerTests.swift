import Ink
import InkFakes
import XCTest

final class RecognizerTests: XCTestCase {
    func testReadsDigitsLeftToRightWithTopThree() {
        let reading = Recognizer(classifier: ShapeClassifier(), threshold: 0.5)
            .read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: Sketch.one(at: 5) + Sketch.zero(at: 12)))
        XCTAssertEqual(reading.answer, "10")
        XCTAssertTrue(reading.readable)
        XCTAssertEqual(reading.digits.map(\.digit), [1, 0])
        XCTAssertEqual(reading.digits[0].top.map(\.digit), [1, 7, 0])
        XCTAssertEqual(reading.digits[1].top.map(\.digit), [0, 6, 8])
        XCTAssertEqual(reading.digits[1].probability, reading.digits[1].top[0].probability)
    }

    func testUnsureDigitMakesTheDrawingUnreadable() {
        let recognizer = Recognizer(classifier: ShapeClassifier(), threshold: 0.8)
        let reading = recognizer.read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: Sketch.one(at: 5) + Sketch.zero(at: 12)))
        XCTAssertEqual(reading.answer, "10", "the best guess is still given")
        XCTAssertFalse(reading.readable, "the 0 is read with 0.6 < 0.8")
        XCTAssertTrue(recognizer.read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: Sketch.one(at: 5))).readable)
    }

    func testEmptyDrawingIsUnreadableWithoutAnswer() {
        let reading = Recognizer(classifier: ShapeClassifier()).read(Drawing(canvas: Canvas(cols: 10, rows: 10), strokes: []))
        XCTAssertNil(reading.answer)
        XCTAssertFalse(reading.readable)
        XCTAssertTrue(reading.digits.isEmpty)
    }

    func testMoreThanFourDigitsIsNotAnAnswer() {
        let strokes = (0..<5).flatMap { Sketch.one(at: 3 + 6 * $0) }
        let reading = Recognizer(classifier: ShapeClassifier(), threshold: 0.5).read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: strokes))
        XCTAssertEqual(reading.answer, "11111")
        XCTAssertFalse(reading.readable)
    }

    func testBatchReadingMatchesOneByOne() {
        let recognizer = Recognizer(classifier: ShapeClassifier(), threshold: 0.5)
        let drawings = [Sketch.one(at: 5), [], Sketch.zero(at: 5) + Sketch.one(at: 20), Sketch.four(at: 5)]
            .map { Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: $0) }
        let batch = recognizer.read(drawings)
        XCTAssertEqual(batch.map(\.answer), drawings.map { recognizer.read($0).answer })
        XCTAssertEqual(batch.map(\.answer), ["1", nil, "01", "0"])
    }

    func testDefaultThresholdIsAProbability() {
        XCTAssertGreaterThan(Recognizer.defaultThreshold, 0.5)
        XCTAssertLessThan(Recognizer.defaultThreshold, 1)
    }
}
