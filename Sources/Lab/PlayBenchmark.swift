import AstroNumbers
import Basics
import Foundation
import Terminal

/// Measures what a child feels in a lesson, without a terminal: from the end of a stroke to the updated
/// reading (one to four digits), painting the question screen, and the memory of a running quiz.
/// `astro-lab play-bench` prints the figures as `name=value` lines.
///
/// ```swift
/// for (name, value) in try PlayBenchmark.run(PlayOptions()) { print("\(name)=\(value)") }
/// ```
public enum PlayBenchmark {
    /// Strokes of the digits 1, 2, 3 and 4 in a unit box (x right, y down), as a child would draw them.
    static let strokeFont: [[[(Double, Double)]]] = [
        [[(0.45, 0.08), (0.55, 0), (0.55, 1)]],
        [[(0, 0.25), (0.3, 0), (0.75, 0), (1, 0.25), (0, 1), (1, 1)]],
        [[(0.05, 0.1), (0.5, 0), (0.9, 0.15), (0.9, 0.35), (0.45, 0.5), (0.95, 0.65), (0.95, 0.85), (0.5, 1), (0.05, 0.9)]],
        [[(0.7, 0), (0, 0.65), (1, 0.65)], [(0.75, 0.3), (0.75, 1)]],
    ]

    /// The strokes of the first `digits` digits of "1234" on an 80×24 question screen, in screen cells.
    static func strokes(digits: Int, layout: QuestionLayout) -> [[Position]] {
        let canvas = layout.canvas
        let height = Double(canvas.size.rows) * 0.75          // rows
        let width = height * 2 * 0.6                           // cols: cells are twice as tall as wide
        let gap = width * 0.4
        let total = Double(digits) * width + Double(digits - 1) * gap
        var left = Double(canvas.minCol) + (Double(canvas.size.cols) - total) / 2
        let top = Double(canvas.minRow) + (Double(canvas.size.rows) - height) / 2
        var result: [[Position]] = []
        for glyph in strokeFont.prefix(digits) {
            for stroke in glyph {
                let corners = stroke.map { Position(col: Int(left + $0.0 * width), row: Int(top + $0.1 * height)) }
                result.append(Line.joining(corners))
            }
            left += width + gap
        }
        return result
    }

    /// Loads what a lesson loads (the set, the records, the network; timed), then runs the measurements.
    public static func run(_ options: PlayOptions, repeats: Int = 200) throws -> [(String, String)] {
        let (resources, seconds) = try Timing.measure { try PlaySession.prepare(options) }
        return [("load_quiz_records_weights_ms", format(seconds * 1000))] + run(reader: resources.reader, repeats: repeats)
    }

    /// Runs the measurements; values are milliseconds (medians) and megabytes.
    public static func run(reader: AnswerReader, repeats: Int = 200) -> [(String, String)] {
        var results: [(String, String)] = []
        let size = Size(cols: 80, rows: 24)
        let question = LessonQuestion(index: 0, prompt: "617 + 617 = ?", expected: "1234", working: "617 + 617 = 1234")
        let layout = QuestionLayout(size: size, problem: question.prompt)
        let status = QuestionStatus(quizTitle: "Benchmark", student: "Ada", number: 1, total: 10)
        for digits in 1...4 {
            var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
            let strokes = strokes(digits: digits, layout: layout)
            for stroke in strokes.dropLast() { draw(stroke, on: &screen, layout: layout, reader: reader) }
            guard let last = strokes.last, let first = last.first else { continue }
            var readingTimes: [Double] = [], frameTimes: [Double] = []
            var answer = ""
            for round in 0..<(repeats + 10) {
                _ = screen.handle(.mouse(MouseEvent(.press(.left), at: first)), layout: layout, reader: reader)
                for point in last.dropFirst() {
                    _ = screen.handle(.mouse(MouseEvent(.drag(.left), at: point)), layout: layout, reader: reader)
                }
                let start = Timing.now()
                _ = screen.handle(.mouse(MouseEvent(.release(.left), at: last.last ?? first)), layout: layout, reader: reader)
                let read = Timing.now()
                let frame = screen.render(layout: layout, status: status, glyphs: .unicode)
                let painted = Timing.now()
                if round >= 10 {   // the first rounds warm caches up
                    readingTimes.append((read - start) * 1000)
                    frameTimes.append((painted - read) * 1000)
                }
                answer = screen.reading.answer ?? "unreadable"
                withExtendedLifetime(frame) {}
                // The next round's stroke must be new to the reader, as a child's next stroke is: forget
                // everything, then the undo rereads the earlier strokes (and remembers those readings).
                (reader as? InkAnswerReader)?.forgetReadings()
                _ = screen.handle(.key(.character("u")), layout: layout, reader: reader)
            }
            // Reading the whole drawing afresh, nothing remembered (after a resize rescales every stroke).
            draw(last, on: &screen, layout: layout, reader: reader)
            var wholeTimes: [Double] = []
            for _ in 0..<20 {
                (reader as? InkAnswerReader)?.forgetReadings()
                let drawing = screen.drawing
                let start = Timing.now()
                _ = reader.read(drawing)
                wholeTimes.append((Timing.now() - start) * 1000)
            }
            results.append(("stroke_to_reading_ms_\(digits)_digits", format(Timing.median(readingTimes))))
            results.append(("read_afresh_ms_\(digits)_digits", format(Timing.median(wholeTimes))))
            results.append(("paint_question_screen_ms_\(digits)_digits", format(Timing.median(frameTimes))))
            results.append(("reading_\(digits)_digits", answer))
        }
        results += randomStrokes(reader: reader, layout: layout, question: question)
        let memory = residentMemory()
        results.append(("resident_memory_mb", format(memory.current)))
        results.append(("peak_resident_memory_mb", format(memory.peak)))
        return results
    }

    /// A hostile drawing: 1,000 two-point strokes with ends anywhere on the canvas, each drawn through the
    /// question screen (a press, one drag, a release that rereads the drawing), timed in total; and the same
    /// 1,000 strokes read at once as one drawing.
    static func randomStrokes(reader: AnswerReader, layout: QuestionLayout, question: LessonQuestion) -> [(String, String)] {
        (reader as? InkAnswerReader)?.forgetReadings()
        var screen = QuestionScreen(question: question, typingAllowed: false, canvas: layout.canvas.size)
        var generator = SeededGenerator(seed: 16)
        let area = layout.canvas
        func point() -> Position {
            Position(col: area.minCol + Int(generator.next() % UInt64(area.size.cols)), row: area.minRow + Int(generator.next() % UInt64(area.size.rows)))
        }
        let strokes = (0..<1000).map { _ in [point(), point()] }
        let start = Timing.now()
        for stroke in strokes { draw(stroke, on: &screen, layout: layout, reader: reader) }
        let drawn = Timing.now() - start
        let once = Timing.measure { reader.read(screen.drawing) }.1
        return [("random_strokes_1000_drawn_ms", format(drawn * 1000)), ("random_strokes_1000_read_at_once_ms", format(once * 1000)),
                ("random_strokes_canvas", "\(area.size.cols)x\(area.size.rows)"), ("reading_random_strokes", screen.reading.answer ?? "unreadable")]
    }

    private static func draw(_ stroke: [Position], on screen: inout QuestionScreen, layout: QuestionLayout, reader: AnswerReader) {
        guard let first = stroke.first else { return }
        _ = screen.handle(.mouse(MouseEvent(.press(.left), at: first)), layout: layout, reader: reader)
        for point in stroke.dropFirst() { _ = screen.handle(.mouse(MouseEvent(.drag(.left), at: point)), layout: layout, reader: reader) }
        _ = screen.handle(.mouse(MouseEvent(.release(.left), at: stroke.last ?? first)), layout: layout, reader: reader)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    /// VmRSS and VmHWM of this process in MB (Linux /proc; zeros elsewhere).
    public static func residentMemory() -> (current: Double, peak: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}
