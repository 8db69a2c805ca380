import Foundation
import XCTest

/// `astro-numbers recognize` driven as another program would drive it: as a co-process, one drawing at a
/// time, with CRLF line ends.
final class RecognizeEndToEndTests: XCTestCase {
    private let drawing = #"{"canvas":{"cols":48,"rows":16},"strokes":[[[10,2],[10,13]]]}"#

    /// It used to read all of its input before answering anything.
    func testAnswersEachLineWhileTheInputStaysOpen() throws {
        let process = Process()
        process.executableURL = BuiltBinary.product.url
        process.arguments = ["recognize", "--weights", PlayEndToEndTests.weights.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = LineReader(output.fileHandleForReading)

        input.fileHandleForWriting.write(Data((drawing + "\n").utf8))
        let first = try reader.nextLine(timeout: 20)
        XCTAssertTrue(first.hasPrefix(#"{"answer":"#), first)
        input.fileHandleForWriting.write(Data((drawing + "\r\n" + drawing + "\r\nnope\r\n").utf8))
        let more = try (0..<3).map { _ in try reader.nextLine(timeout: 20) }
        XCTAssertEqual(more[0], first, "a CRLF line reads as the same drawing")
        XCTAssertEqual(more[1], first)
        XCTAssertEqual(more[2], #"{"error":"line 4: invalid JSON: invalid value around character 1"}"#)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, "one line failed")
    }
}

/// Lines from a pipe as they arrive, with a timeout.
private final class LineReader: @unchecked Sendable {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func nextLine(timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer = Data(buffer[buffer.index(after: newline)...])
                return line
            }
            var poller = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            guard Date() < deadline, poll(&poller, 1, left) > 0 else {
                throw NSError(domain: "LineReader", code: 1, userInfo: [NSLocalizedDescriptionKey: "no line within \(timeout) s; got \(String(decoding: buffer, as: UTF8.self))"])
            }
            let chunk = handle.availableData
            if chunk.isEmpty { throw NSError(domain: "LineReader", code: 2, userInfo: [NSLocalizedDescriptionKey: "end of output"]) }
            buffer.append(chunk)
        }
    }
}
