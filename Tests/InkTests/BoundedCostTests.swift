import Ink
import XCTest

/// Whatever is drawn, reading costs at most a bounded number of network readings: past the caps nothing is
/// read, and with a cache a reread after one more stroke reads only the candidates that hold it.
final class BoundedCostTests: XCTestCase {
    func testPastFortyStrokesNothingIsRead() {
        let counter = CountingClassifier()
        let recognizer = Recognizer(classifier: counter)
        var generator = SeededRandom(seed: 3)
        let strokes = (0..<1000).map { _ in
            [CellPoint(col: generator.below(78), row: generator.below(16)), CellPoint(col: generator.below(78), row: generator.below(16))]
        }
        let reading = recognizer.read(Drawing(canvas: Canvas(cols: 78, rows: 16), strokes: strokes))
        XCTAssertNil(reading.answer)
        XCTAssertFalse(reading.readable)
        XCTAssertEqual(counter.images, 0, "a thousand strokes are not an answer: nothing is read")
        _ = recognizer.read(Drawing(canvas: Canvas(cols: 78, rows: 16), strokes: Array(strokes.prefix(41))))
        XCTAssertEqual(counter.images, 0, "41 strokes are past the cap")
    }

    func testMoreSeparateGroupsThanFiveDigitsIsNotRead() {
        let counter = CountingClassifier()
        let six = (0..<6).flatMap { Sketch.one(at: 3 + 6 * $0) }
        let reading = Recognizer(classifier: counter).read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: six))
        XCTAssertNil(reading.answer)
        XCTAssertEqual(counter.images, 0)
    }

    func testUnderTheCapsTheCostGrowsWithTheStrokes() {
        // Each candidate is a run of at most four strokes, read once: 40 random strokes cost at most
        // 2 orders × 40 × 4 candidates plus three views of each chosen digit.
        let counter = CountingClassifier()
        var generator = SeededRandom(seed: 5)
        let strokes = (0..<20).map { _ in
            [CellPoint(col: generator.below(30), row: generator.below(16)), CellPoint(col: generator.below(30), row: generator.below(16))]
        }
        _ = Recognizer(classifier: counter).read(Drawing(canvas: Canvas(cols: 30, rows: 16), strokes: strokes))
        XCTAssertGreaterThan(counter.images, 0)
        XCTAssertLessThanOrEqual(counter.images, 2 * 20 * 4 + 5 * 3)
    }

    func testACacheRereadsOnlyTheCandidatesWithTheNewStroke() {
        let counter = CountingClassifier()
        let recognizer = Recognizer(classifier: counter, cacheCapacity: 256)
        let strokes = Sketch.one(at: 3) + Sketch.two(at: 10) + Sketch.three(at: 22) + Sketch.four(at: 34)
        var seen = 0
        var perStroke: [Int] = []
        for n in 1...strokes.count {
            let reading = recognizer.read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: Array(strokes.prefix(n))))
            XCTAssertNotNil(reading.answer)
            perStroke.append(counter.images - seen)
            seen = counter.images
        }
        // A new stroke: the runs ending with it (at most four) and the views of the digit it changes.
        for (n, count) in perStroke.enumerated() { XCTAssertLessThanOrEqual(count, 4 + 3, "stroke \(n + 1)") }
        let again = counter.images
        _ = recognizer.read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: strokes))
        XCTAssertEqual(counter.images, again, "a drawing read before is not read again")
        XCTAssertGreaterThan(recognizer.cache?.count ?? 0, 0)
    }

    func testTheCacheForgetsTheOlderHalfWhenFull() {
        let recognizer = Recognizer(classifier: CountingClassifier(), cacheCapacity: 8)
        for x in stride(from: 2, to: 50, by: 3) {
            _ = recognizer.read(Drawing(canvas: Canvas(cols: 60, rows: 16), strokes: Sketch.one(at: x)))
        }
        XCTAssertLessThanOrEqual(recognizer.cache?.count ?? 0, 8)
    }
}

/// Counts the images it reads; reads everything as a sure 1.
private final class CountingClassifier: DigitClassifier {
    private(set) var images = 0

    func probabilities(for image: [Float]) -> [Float] { probabilities(forBatch: image, count: 1, threads: 1) }

    func probabilities(forBatch images: [Float], count: Int, threads: Int) -> [Float] {
        self.images += count
        return (0..<count).flatMap { _ in (0..<10).map { $0 == 1 ? Float(0.9) : Float(0.1 / 9) } }
    }
}

/// A small seeded generator (xorshift), so the random drawings are the same on every run.
private struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 | 1 }
    mutating func below(_ n: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(n))
    }
}
