import Basics
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

    /// Parses one line. `cellAspect` is optional (2.0); unknown members are ignored. A line that is not
    /// JSON at all is reported with what the JSON parser found and where.
    public static func drawing(from line: Substring) throws -> Drawing {
        let data = Data(line.utf8)
        do {
            return try JSONDecoder().decode(DrawingLine.self, from: data).drawing
        } catch let error as DrawingJSONError {
            throw error
        } catch {
            throw DrawingJSONError(message: "invalid JSON: " + syntaxProblem(in: data))
        }
    }

    /// What is wrong with text that is not JSON, as `JSONSerialization` words it ("unexpected end of file",
    /// "invalid value around character 14"): `JSONDecoder`'s own error only says the data is not valid JSON.
    private static func syntaxProblem(in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, let first = detail.first {
                let sentence = first.lowercased() + detail.dropFirst()
                return sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
            }
        }
        return "not a JSON value"
    }

    /// The answer line for a reading (probabilities with 3 decimals).
    public static func line(for reading: Reading) -> String {
        func p(_ x: Float) -> String { String(format: "%.3f", Double(x)) }
        let answer = reading.answer.map(JSONString.quoted) ?? "null"
        let digits = reading.digits.map { d in
            let top = d.top.map { "[\($0.digit),\(p($0.probability))]" }.joined(separator: ",")
            return "{\"digit\":\(d.digit),\"probability\":\(p(d.probability)),\"top\":[\(top)]}"
        }
        return "{\"answer\":\(answer),\"readable\":\(reading.readable),\"digits\":[\(digits.joined(separator: ","))]}"
    }

    /// The error line for input line `number` (1-based).
    public static func errorLine(number: Int, message: String) -> String {
        "{\"error\":\(JSONString.quoted("line \(number): \(message)"))}"
    }

    /// Answers every line of `text` in order (a final newline does not start another line; CRLF line ends
    /// are accepted), reading the valid drawings in batches. Returns the output lines and how many input
    /// lines failed. The same as feeding `text` to a ``DrawingLineStream``.
    ///
    /// ```swift
    /// let (lines, failed) = DrawingJSON.answers(to: input, using: recognizer)
    /// lines.forEach { print($0) }
    /// ```
    public static func answers(to text: String, using recognizer: Recognizer, batch: Int = 256) -> (lines: [String], failed: Int) {
        var stream = DrawingLineStream(recognizer: recognizer, batch: batch)
        let output = stream.feed(Array(text.utf8)) + stream.finish()
        return (output.split(separator: "\n").map(String.init), stream.failed)
    }
}

/// A malformed drawing line; `description` names the field, e.g. `strokes[0][2]: expected [col,row] integers`.
public struct DrawingJSONError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public var description: String { message }
}
