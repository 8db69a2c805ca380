import Ink
import InkFakes
import Lab
import XCTest

final class SegmentationTuningTests: XCTestCase {
    func testDrawingsOfEveryKindAndAScorePerKind() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.penDigitsSample)   // 4 5 1 7 | 0 3
        let tuning = SegmentationTuning(samples: samples, canvasRows: 16, classifier: ShapeClassifier())
        let kinds = Dictionary(grouping: tuning.items, by: \.kind).mapValues(\.count)
        XCTAssertEqual(kinds[.single], 6)
        XCTAssertEqual(kinds[.pair], 3 * PenBench.standardGaps.count, "the same three pairs at each gap")
        XCTAssertEqual(kinds[.triple], 1 * PenBench.standardGaps.count)
        XCTAssertEqual(kinds[.jitteredPair], 3)
        XCTAssertEqual(kinds[.jitteredTriple], 1)
        XCTAssertGreaterThan(kinds[.lateStroke] ?? 0, 0, "pairs whose first digit has several strokes")
        for item in tuning.items where item.kind == .lateStroke {
            XCTAssertEqual(item.label.count, 2)
        }

        let score = tuning.score(.standard)
        XCTAssertEqual(score.count[.single], 6)
        // The shape classifier reads the 1 right and calls everything wider a 0: the 0 is right too.
        XCTAssertEqual(score.right[.single] ?? -1, 2.0 / 6, accuracy: 1e-9)
        XCTAssertTrue(score.description.contains("1 digit: 33.33 % right, 0 of 6 split wrong"), score.description)
    }

    func testTheSearchImprovesAPoorStart() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.penDigitsSample)
        // A classifier that knows each fixture digit's replay (and nothing else) by heart.
        let known = TemplateClassifier(samples.map { (TerminalReplay.drawing(of: [$0], canvasRows: 16).strokes, $0.label) })
        let tuning = SegmentationTuning(samples: samples, canvasRows: 16, classifier: known)
        // A poor start: every digit costs 2 and nothing is too wide, so digits merge into unknown shapes.
        var poor = SegmentationSettings.standard
        poor.digitCost = 2
        poor.wideCost = 0
        var log: [String] = []
        let found = tuning.search(from: poor, rounds: 2) { log.append($0) }
        XCTAssertGreaterThan(tuning.score(found).objective, tuning.score(poor).objective)
        XCTAssertFalse(log.isEmpty, "each improvement is reported")
        XCTAssertTrue(log.first?.hasPrefix("round 1: ") ?? false, log.first ?? "no improvement")
    }
}
