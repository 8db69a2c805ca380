import Foundation

/// The JSON Lines protocol of `astro-numbers recognize`: one drawing per input line,
/// `{"canvas":{"cols":48,"rows":16,"cellAspect":2.0},"strokes":[[[col,row],...],...]}`, and one answer per
/// line, `{"answer":"15","readable":true,"digits":[{"digit":1,"probability":0.993,"top":[[1,0.993],...]},...]}`,
/// or `{"error":"line 3: strokes[0][2]: expected [col,row] integers"}` for a malformed line.
///
/// ```swift
/// let drawing = try DrawingJSON.drawing(from: #"{"canvas":{"cols":4,"rows":4},"strokes":[[[1,1],[1,2]]]}"#)
/// print(DrawingJSON.line(for: recognizer.read(drawing)))
/// ```
public enum DrawingJSON {
    /// Largest canvas side accepted, in cells (far beyond any terminal).
    public static let maximumCanvasSide = 10_000

    /// Parses one line. `cellAspect` is optional (2.0); unknown members are ignored.
    public static func drawing(from line: Substring) throws -> Drawing {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch let failure as JSONParser.Failure {
            throw DrawingJSONError(message: failure.message)
        }
        guard case .object(let root) = value else { throw DrawingJSONError(message: "expected a JSON object") }

        guard let canvasValue = root["canvas"] else { throw DrawingJSONError(message: "canvas: missing") }
        guard case .object(let canvasObject) = canvasValue else {
            throw DrawingJSONError(message: "canvas: expected an object {\"cols\":..,\"rows\":..,\"cellAspect\":..}")
        }
        func side(_ name: String) throws -> Int {
            guard let v = canvasObject[name] else { throw DrawingJSONError(message: "canvas.\(name): missing") }
            guard let n = v.integer, n >= 1, n <= maximumCanvasSide else {
                throw DrawingJSONError(message: "canvas.\(name): expected an integer from 1 to \(maximumCanvasSide), got \(v.compact)")
            }
            return n
        }
        let cols = try side("cols"), rows = try side("rows")
        var aspect = 2.0
        if let v = canvasObject["cellAspect"] {
            guard let a = v.double, a.isFinite, a > 0, a <= 100 else {
                throw DrawingJSONError(message: "canvas.cellAspect: expected a number above 0 and up to 100, got \(v.compact)")
            }
            aspect = a
        }
        let canvas = Canvas(cols: cols, rows: rows, cellAspect: aspect)

        guard let strokesValue = root["strokes"] else { throw DrawingJSONError(message: "strokes: missing") }
        guard case .array(let strokeValues) = strokesValue else {
            throw DrawingJSONError(message: "strokes: expected an array of strokes")
        }
        var strokes: [[CellPoint]] = []
        strokes.reserveCapacity(strokeValues.count)
        for (s, strokeValue) in strokeValues.enumerated() {
            guard case .array(let pointValues) = strokeValue else {
                throw DrawingJSONError(message: "strokes[\(s)]: expected an array of [col,row] points")
            }
            var stroke: [CellPoint] = []
            stroke.reserveCapacity(pointValues.count)
            for (p, pointValue) in pointValues.enumerated() {
                guard case .array(let pair) = pointValue, pair.count == 2,
                      let col = pair[0].integer, let row = pair[1].integer else {
                    throw DrawingJSONError(message: "strokes[\(s)][\(p)]: expected [col,row] integers")
                }
                let point = CellPoint(col: col, row: row)
                guard canvas.contains(point) else {
                    throw DrawingJSONError(message: "strokes[\(s)][\(p)]: [\(col),\(row)] is outside the \(cols)x\(rows) canvas")
                }
                stroke.append(point)
            }
            strokes.append(stroke)
        }
        return Drawing(canvas: canvas, strokes: strokes)
    }

    /// The answer line for a reading (probabilities with 3 decimals).
    public static func line(for reading: Reading) -> String {
        func p(_ x: Float) -> String { String(format: "%.3f", Double(x)) }
        let answer = reading.answer.map(JSONText.quoted) ?? "null"
        let digits = reading.digits.map { d in
            let top = d.top.map { "[\($0.digit),\(p($0.probability))]" }.joined(separator: ",")
            return "{\"digit\":\(d.digit),\"probability\":\(p(d.probability)),\"top\":[\(top)]}"
        }
        return "{\"answer\":\(answer),\"readable\":\(reading.readable),\"digits\":[\(digits.joined(separator: ","))]}"
    }

    /// The error line for input line `number` (1-based).
    public static func errorLine(number: Int, message: String) -> String {
        "{\"error\":\(JSONText.quoted("line \(number): \(message)"))}"
    }

    /// Answers every line of `text` in order (a final newline does not start another line), reading the
    /// valid drawings in batches. Returns the output lines and how many input lines failed.
    ///
    /// ```swift
    /// let (lines, failed) = DrawingJSON.answers(to: input, using: recognizer)
    /// lines.forEach { print($0) }
    /// ```
    public static func answers(to text: String, using recognizer: Recognizer, batch: Int = 256) -> (lines: [String], failed: Int) {
        var inputLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if inputLines.last?.isEmpty == true { inputLines.removeLast() }
        var output = [String](repeating: "", count: inputLines.count)
        var failed = 0
        var pending: [(index: Int, drawing: Drawing)] = []

        func flush() {
            let readings = recognizer.read(pending.map(\.drawing))
            for (item, reading) in zip(pending, readings) { output[item.index] = line(for: reading) }
            pending.removeAll(keepingCapacity: true)
        }
        for (i, raw) in inputLines.enumerated() {
            let text = raw.last == "\r" ? raw.dropLast() : raw
            if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                output[i] = errorLine(number: i + 1, message: "empty line, expected a drawing")
                failed += 1
                continue
            }
            do {
                pending.append((i, try drawing(from: text)))
                if pending.count >= batch { flush() }
            } catch {
                output[i] = errorLine(number: i + 1, message: "\(error)")
                failed += 1
            }
        }
        flush()
        return (output, failed)
    }
}

/// A malformed drawing line; `description` names the field, e.g. `strokes[0][2]: expected [col,row] integers`.
public struct DrawingJSONError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public var description: String { message }
}
