import Basics
import Foundation

/// One input line of `recognize`, decoded with `JSONDecoder`. The decoding is written out by hand so that
/// every problem names its field and what was wrong (`strokes[0][2]: expected [col,row] integers`) instead
/// of a generic decoding error; unknown members are ignored.
struct DrawingLine: Decodable {
    let drawing: Drawing

    private enum Key: String, CodingKey { case canvas, strokes }
    private enum CanvasKey: String, CodingKey { case cols, rows, cellAspect }

    init(from decoder: Decoder) throws {
        func fail(_ message: String) -> DrawingJSONError { DrawingJSONError(message: message) }
        guard let root = try? decoder.container(keyedBy: Key.self) else { throw fail("expected a JSON object") }

        guard root.contains(.canvas) else { throw fail("canvas: missing") }
        guard let canvasObject = try? root.nestedContainer(keyedBy: CanvasKey.self, forKey: .canvas) else {
            throw fail("canvas: expected an object {\"cols\":..,\"rows\":..,\"cellAspect\":..}")
        }
        let largest = DrawingJSON.maximumCanvasSide
        func side(_ key: CanvasKey) throws -> Int {
            guard canvasObject.contains(key) else { throw fail("canvas.\(key.stringValue): missing") }
            guard let n = try? canvasObject.decode(Int.self, forKey: key), n >= 1, n <= largest else {
                let shown = (try? canvasObject.decode(JSONShown.self, forKey: key))?.text ?? "?"
                throw fail("canvas.\(key.stringValue): expected an integer from 1 to \(largest), got \(shown)")
            }
            return n
        }
        let cols = try side(.cols), rows = try side(.rows)
        var aspect = 2.0
        if canvasObject.contains(.cellAspect) {
            guard let a = try? canvasObject.decode(Double.self, forKey: .cellAspect), a.isFinite, a > 0, a <= 100 else {
                let shown = (try? canvasObject.decode(JSONShown.self, forKey: .cellAspect))?.text ?? "?"
                throw fail("canvas.cellAspect: expected a number above 0 and up to 100, got \(shown)")
            }
            aspect = a
        }
        let canvas = Canvas(cols: cols, rows: rows, cellAspect: aspect)

        guard root.contains(.strokes) else { throw fail("strokes: missing") }
        guard var strokeList = try? root.nestedUnkeyedContainer(forKey: .strokes) else {
            throw fail("strokes: expected an array of strokes")
        }
        var strokes: [[CellPoint]] = []
        strokes.reserveCapacity(strokeList.count ?? 0)
        while !strokeList.isAtEnd {
            let s = strokeList.currentIndex
            guard var pointList = try? strokeList.nestedUnkeyedContainer() else {
                throw fail("strokes[\(s)]: expected an array of [col,row] points")
            }
            var stroke: [CellPoint] = []
            stroke.reserveCapacity(pointList.count ?? 0)
            while !pointList.isAtEnd {
                let p = pointList.currentIndex
                guard var pair = try? pointList.nestedUnkeyedContainer(), pair.count == 2,
                      let col = try? pair.decode(Int.self), let row = try? pair.decode(Int.self) else {
                    throw fail("strokes[\(s)][\(p)]: expected [col,row] integers")
                }
                let point = CellPoint(col: col, row: row)
                guard canvas.contains(point) else {
                    throw fail("strokes[\(s)][\(p)]: [\(col),\(row)] is outside the \(cols)x\(rows) canvas")
                }
                stroke.append(point)
            }
            strokes.append(stroke)
        }
        drawing = Drawing(canvas: canvas, strokes: strokes)
    }
}

/// Any JSON value, decoded only to be shown in an error message as it was written (`16.5`, `"48"`, `null`).
private struct JSONShown: Decodable {
    let text: String

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            text = "null"
        } else if let n = try? value.decode(Int.self) {
            text = String(n)
        } else if let x = try? value.decode(Double.self) {
            text = String(x)
        } else if let b = try? value.decode(Bool.self) {
            text = String(b)
        } else if let s = try? value.decode(String.self) {
            text = JSONString.quoted(s)
        } else if (try? decoder.unkeyedContainer()) != nil {
            text = "an array"
        } else {
            text = "an object"
        }
    }
}
