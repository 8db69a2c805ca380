import Ink
import XCTest

/// Each digit is read upright and in the turned views of `InkSettings.readingRotations`; the recognizer
/// averages the network's probabilities over them.
final class ReadingViewsTests: XCTestCase {
    func testStandardSettingsReadThreeViews() {
        XCTAssertEqual(InkSettings.standard.readingRotations, [6, -6])
    }

    func testFirstViewIsTheUprightImage() {
        let drawing = Sketch.drawing(Sketch.two(at: 5)[0])
        let views = InkPipeline.digitViews(of: drawing)
        XCTAssertEqual(views.count, 3)
        XCTAssertEqual(views[0], InkPipeline.digitImage(of: drawing))
        XCTAssertNotEqual(views[1], views[0])
        XCTAssertNotEqual(views[1], views[2])
    }

    func testAQuarterTurnLaysAnUprightDown() throws {
        var settings = InkSettings.standard
        settings.deskew = false
        settings.readingRotations = [90]
        let views = InkPipeline.digitViews(of: Sketch.drawing(Sketch.one(at: 10)[0]), settings: settings)
        let upright = try XCTUnwrap(ImageMeasures(image: views[0]).extent())
        let turned = try XCTUnwrap(ImageMeasures(image: views[1]).extent())
        XCTAssertGreaterThan(upright.rows.count, 3 * upright.cols.count, "a 1 is tall and thin")
        XCTAssertGreaterThan(turned.cols.count, 3 * turned.rows.count, "turned a quarter, it lies flat")
    }

    func testSmallTurnLeansTheTopOfAnUprightToTheRight() throws {
        var settings = InkSettings.standard
        settings.deskew = false
        settings.readingRotations = [10]
        let view = InkPipeline.digitViews(of: Sketch.drawing(Sketch.one(at: 10)[0]), settings: settings)[1]
        func inkColumn(row: Int) -> Double {
            var m = 0.0, x = 0.0
            for c in 0..<28 { let v = Double(view[row: row, col: c]); m += v; x += v * Double(c) }
            return x / m
        }
        // Positive angles turn clockwise on screen (y points down): the top moves right, the foot left.
        XCTAssertGreaterThan(inkColumn(row: 6), inkColumn(row: 21) + 1.5)
    }

    func testRecognizerAveragesTheViews() throws {
        // Answers 0, 1, 2 for the three views of the single digit, in order.
        let reading = Recognizer(classifier: ViewIndexClassifier(), threshold: 0.3)
            .read(Sketch.drawing(Sketch.one(at: 10)[0]))
        let digit = try XCTUnwrap(reading.digits.first)
        XCTAssertEqual(digit.top.map(\.digit), [0, 1, 2])
        for entry in digit.top { XCTAssertEqual(entry.probability, 1 / 3, accuracy: 1e-6) }
        XCTAssertTrue(reading.readable, "1/3 clears a 0.3 threshold")
        XCTAssertFalse(Recognizer(classifier: ViewIndexClassifier(), threshold: 0.5)
            .read(Sketch.drawing(Sketch.one(at: 10)[0])).readable, "no view agrees with another: unsure")
    }
}

/// Gives the k-th image it is shown (over all batches) the one-hot answer k mod 3, so averaged views are easy
/// to recognise: the recognizer reads the upright image first (to choose the split), then the turned views.
private final class ViewIndexClassifier: DigitClassifier {
    private var seen = 0

    func probabilities(for image: [Float]) -> [Float] { probabilities(forBatch: image, count: 1, threads: 1) }

    func probabilities(forBatch images: [Float], count: Int, threads: Int) -> [Float] {
        defer { seen += count }
        return (0..<count).flatMap { k in (0..<10).map { $0 == (seen + k) % 3 ? Float(1) : 0 } }
    }
}
