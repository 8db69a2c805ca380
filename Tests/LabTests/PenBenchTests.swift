import Ink
import InkFakes
import Lab
import XCTest

final class PenBenchTests: XCTestCase {
    func testTalliesSinglesPairsAndTriplesOfOneWriter() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.penDigitsSample)   // 4 5 1 7 | 0 3
        // Upright only: the shape classifier judges width, which a turned view changes.
        var upright = InkSettings.standard
        upright.readingRotations = []
        let bench = PenBench(samples: samples, canvasRows: 16, classifier: ShapeClassifier(), settings: upright, gaps: [0.3])
        XCTAssertEqual(bench.singles.count, 6)
        XCTAssertEqual(bench.pairs.count, 3, "writer 1: two pairs of four digits, writer 2: one pair")
        XCTAssertEqual(bench.triples.count, 1, "writer 1 only has enough digits for a triple")
        XCTAssertTrue(bench.pairs.allSatisfy { $0.label.count == 2 })

        // The shape classifier reads the 1 (sure) and calls everything wider a 0 (unsure, 0.6).
        let loose = PenBench.Tally(bench.singles, threshold: 0.5)
        XCTAssertEqual([loose.right, loose.misread, loose.unreadable], [2, 4, 0])
        let strict = PenBench.Tally(bench.singles, threshold: 0.8)
        XCTAssertEqual([strict.right, strict.misread, strict.unreadable], [1, 0, 5])
        XCTAssertEqual(bench.smallestThreshold(misreadBudget: 0, candidates: [0.3, 0.5, 0.7, 0.9]), 0.7)

        let report = bench.report(threshold: 0.8)
        XCTAssertTrue(report.contains("digit 1" + String(repeating: " ", count: 29) + "     1   100.0%     0.0%        0.0%       0.0%"), report)
        XCTAssertTrue(report.contains("1 digit" + String(repeating: " ", count: 29) + "     6    16.7%     0.0%       83.3%       0.0%"), report)
        XCTAssertTrue(report.contains("2 digits, gap 0.3 (7.2 cells)"), report)

        // The misses: the five digits not read right at 0.8, each drawn; the 0 was read right but unsure.
        let misses = bench.misses(threshold: 0.8)
        let headers = misses.split(separator: "\n").filter { $0.hasPrefix("writer ") }
        XCTAssertEqual(headers.count, 5, misses)
        XCTAssertTrue(headers.contains { $0.hasPrefix("writer 1, digit 4: unreadable, read 0 (lowest probability 0.") }, misses)
        XCTAssertFalse(headers.contains { $0.contains("digit 1:") }, "the 1 was read right and sure")
        XCTAssertTrue(misses.contains("#"), "each miss is drawn")
        XCTAssertEqual(bench.misses(threshold: 0).split(separator: "\n").filter { $0.hasPrefix("writer ") }.count, 4,
                       "with no threshold only the four misread digits remain")
    }

    func testPairsAndTriplesAreReadAtEveryGapAndReportedByGap() throws {
        let samples = try PenDigits.read(contentsOf: FixtureFiles.penDigitsSample)   // 4 5 1 7 | 0 3
        let bench = PenBench(samples: samples, canvasRows: 16, classifier: ShapeClassifier())
        XCTAssertEqual(bench.gaps, [0, 0.03, 0.0625, 0.1, 0.2, 0.3])
        XCTAssertEqual(bench.pairs.count, 3 * 6, "the same three pairs at each gap")
        XCTAssertEqual(Set(bench.pairs.map(\.gap)), Set(bench.gaps))
        XCTAssertEqual(Set(bench.pairs.filter { $0.gap == 0 }.map(\.label)), Set(bench.pairs.filter { $0.gap == 0.3 }.map(\.label)))
        // Touching digits are drawn closer: the canvas of a touching pair is narrower than at 0.3.
        let touching = bench.pairs.first { $0.gap == 0 }!, wide = bench.pairs.first { $0.gap == 0.3 && $0.label == touching.label }!
        XCTAssertEqual(wide.drawing.canvas.cols - touching.drawing.canvas.cols, 7, accuracy: 1, "0.3 digit heights are 7.2 cells at 16 rows")
        XCTAssertEqual(bench.cells(ofGap: 0.0625), 1.5)
        let report = bench.report(threshold: 0)
        for line in ["2 digits, touching", "2 digits, gap 0.0625 (1.5 cells)", "2 digits, touching to 1.5 cells", "2 digits, all gaps",
                     "3 digits, touching", "3 digits, all gaps"] {
            XCTAssertTrue(report.contains(line), "\(line)\n\(report)")
        }
        let close = report.split(separator: "\n").first { $0.hasPrefix("2 digits, touching to 1.5 cells") }!
        XCTAssertTrue(close.contains("     9 "), "three gaps up to 1.5 cells, three pairs each: \(close)")
    }
}
