import Ink

/// libFuzzer target: any bytes as input to `recognize`'s drawing parser, one line at a time and as a stream.
/// Every line must end in a drawing inside its canvas or a `DrawingJSONError`; the stream must answer every line.
@_cdecl("LLVMFuzzerTestOneInput")
public func drawingJSONFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var splitter = LineSplitter(maximumBytes: 1 << 16)
    var lines = splitter.append(bytes)
    if let last = splitter.finish() { lines.append(last) }
    for line in lines {
        guard case .text(let text) = line else { continue }
        guard let drawing = try? DrawingJSON.drawing(from: Substring(String(decoding: text, as: UTF8.self))) else { continue }
        for stroke in drawing.strokes {
            for point in stroke { precondition(drawing.canvas.contains(point), "a point outside the canvas was accepted") }
        }
    }
    return 0
}
