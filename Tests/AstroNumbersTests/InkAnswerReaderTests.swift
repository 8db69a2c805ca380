import XCTest
import Ink
@testable import AstroNumbers
import EnglishCatalogue

/// Gives every image the same ten probabilities.
private struct FixedClassifier: DigitClassifier {
    let probabilities: [Float]
    func probabilities(for image: [Float]) -> [Float] { probabilities }
}

/// Records the thread counts it is asked to read batches on.
private final class ThreadCountingClassifier: DigitClassifier {
    var threadCounts: [Int] = []
    func probabilities(for image: [Float]) -> [Float] { (0..<10).map { $0 == 1 ? 0.91 : 0.01 } }
    func probabilities(forBatch images: [Float], count: Int, threads: Int) -> [Float] {
        threadCounts.append(threads)
        return (0..<count).flatMap { _ in probabilities(for: []) }
    }
}

final class InkAnswerReaderTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testALessonReadsItsAnswersOnOneThread() {
        let classifier = ThreadCountingClassifier()
        XCTAssertEqual(InkAnswerReader(classifier: classifier).read(twoMarks).answer, "11")
        // Two batches: the candidate digits, then the chosen digits' turned views.
        XCTAssertEqual(classifier.threadCounts, [1, 1])
        _ = Recognizer(classifier: classifier).read(twoMarks)
        XCTAssertEqual(classifier.threadCounts, [1, 1, 2, 2], "recognize reads its batches on two")
    }

    /// Two vertical strokes far apart: two digits for the ink pipeline.
    private let twoMarks = Drawing(canvas: Canvas(cols: 48, rows: 16), strokes: [
        (2...13).map { CellPoint(col: 10, row: $0) },
        (2...13).map { CellPoint(col: 34, row: $0) },
    ])

    func testAConfidentReadingKeepsEveryDigitsTenProbabilities() {
        var p = [Float](repeating: 0.01, count: 10)
        p[7] = 0.91
        let reader = InkAnswerReader(classifier: FixedClassifier(probabilities: p))
        let reading = reader.read(twoMarks)
        XCTAssertEqual(reading.answer, "77")
        XCTAssertEqual(reading.digitProbabilities.count, 2)
        XCTAssertEqual(reading.digitProbabilities[0].count, 10)
        XCTAssertEqual(reading.digitProbabilities[1][7], 0.91, accuracy: 1e-6)
        XCTAssertEqual(reading.digitProbabilities[0][9], 0.01, accuracy: 1e-6, "not only the best three (7, 0, 1) are kept")
        XCTAssertEqual(reading.digitProbabilities[0].reduce(0, +), 1, accuracy: 1e-5, "averaged over the views, still a distribution")
    }

    func testBelowTheThresholdIsUnreadable() {
        // The best digit 0.1 under the threshold, the rest sharing what is left.
        var p = [Float](repeating: (1.1 - Recognizer.defaultThreshold) / 9, count: 10)
        p[3] = Recognizer.defaultThreshold - 0.1
        let reader = InkAnswerReader(classifier: FixedClassifier(probabilities: p))
        let reading = reader.read(twoMarks)
        XCTAssertNil(reading.answer, "a digit below the threshold: ask again")
        XCTAssertEqual(reading.digitProbabilities.count, 2, "the probabilities are still kept for the records")
    }

    func testAnEmptyDrawingReadsNothing() {
        let reader = InkAnswerReader(classifier: FixedClassifier(probabilities: [Float](repeating: 0.1, count: 10)))
        XCTAssertEqual(reader.read(Drawing(canvas: Canvas(cols: 10, rows: 10), strokes: [])), .nothing)
    }
}
