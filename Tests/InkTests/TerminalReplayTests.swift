import Basics
import Ink
import InkFakes
import XCTest

final class TerminalReplayTests: XCTestCase {
    private func samples() throws -> [PenSample] {
        try PenDigits.read(contentsOf: FixtureFiles.url("pendigits-sample.txt"))
    }

    func testDigitIsThreeQuartersOfTheCanvasHeightInWholeCells() throws {
        for rows in [12, 16, 20] {
            for sample in try samples() {
                let drawing = TerminalReplay.drawing(of: [sample], canvasRows: rows)
                let cells = drawing.strokes.flatMap { $0 }
                XCTAssertTrue(cells.allSatisfy(drawing.canvas.contains))
                let height = (cells.map(\.row).max() ?? 0) - (cells.map(\.row).min() ?? 0) + 1
                XCTAssertEqual(Double(height), 0.75 * Double(rows), accuracy: 1.01, "digit \(sample.label) at \(rows) rows")
                for stroke in drawing.strokes {
                    XCTAssertFalse(zip(stroke, stroke.dropFirst()).contains { $0 == $1 }, "repeated cells are dropped")
                }
            }
        }
    }

    func testTabletYPointsUpAndIsFlipped() throws {
        // A 7 starts at its top-left bar and ends at the bottom of its stem: on screen, small rows first.
        let seven = try XCTUnwrap(try samples().first { $0.label == 7 })
        let stroke = try XCTUnwrap(TerminalReplay.drawing(of: [seven], canvasRows: 16).strokes.first)
        XCTAssertLessThan(try XCTUnwrap(stroke.first).row, 4)
        XCTAssertGreaterThan(try XCTUnwrap(stroke.last).row, 11)
    }

    func testSeveralDigitsSideBySide() throws {
        let all = try samples()
        let drawing = TerminalReplay.drawing(of: [all[2], all[4]], canvasRows: 16)   // "10"
        let digits = Recognizer(classifier: ShapeClassifier()).read(drawing).digitStrokes
        XCTAssertEqual(digits, [[0], [1]])
        XCTAssertLessThan(drawing.strokes[0].map(\.col).max()!, drawing.strokes[1].map(\.col).min()!)
        XCTAssertEqual(drawing.strokes.count, all[2].strokes.count + all[4].strokes.count)
    }

    func testJitterIsRepeatableWithASeededGenerator() throws {
        struct Counter: RandomNumberGenerator {
            var state: UInt64
            mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
        }
        let sample = try samples()[0]
        var a = Counter(state: 5), b = Counter(state: 5), c = Counter(state: 6)
        let first = TerminalReplay.drawing(of: [sample], canvasRows: 16, jitter: .training, using: &a)
        XCTAssertEqual(first, TerminalReplay.drawing(of: [sample], canvasRows: 16, jitter: .training, using: &b))
        XCTAssertNotEqual(first, TerminalReplay.drawing(of: [sample], canvasRows: 16, jitter: .training, using: &c))
        XCTAssertNotEqual(first, TerminalReplay.drawing(of: [sample], canvasRows: 16))
        XCTAssertNotNil(InkPipeline.digitImage(of: first))
    }
}
