import CZlib
import Foundation

/// Reads a file that may or may not be gzip-compressed; zlib's `gzread` passes plain files through. Reading
/// is by pieces (``Reader``), so a caller that knows how much it needs never decompresses more: a gzip bomb
/// (a few kilobytes that expand to gigabytes) costs time, never memory.
///
/// ```swift
/// let bytes = try CompressedFile.read(contentsOf: URL(fileURLWithPath: "train-labels-idx1-ubyte.gz"), maximumBytes: 1 << 20)
/// let reader = try CompressedFile.Reader(contentsOf: url)
/// let header = try reader.read(count: 16)
/// ```
public enum CompressedFile {
    /// Reads the whole (decompressed) file, refusing one that decompresses to more than `maximumBytes`.
    public static func read(contentsOf url: URL, maximumBytes: Int = 1 << 30) throws -> [UInt8] {
        let reader = try Reader(contentsOf: url)
        let bytes = try reader.read(count: maximumBytes)
        if try !reader.read(count: 1).isEmpty {
            throw TrainingDataError.unreadable(path: url.path, reason: "decompresses to more than \(maximumBytes) bytes")
        }
        return bytes
    }

    /// An open (possibly gzipped) file, read from the start in pieces.
    public final class Reader {
        public let path: String
        private let file: gzFile

        public init(contentsOf url: URL) throws {
            path = url.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TrainingDataError.missingFile(path: path)
            }
            if isDirectory.boolValue { throw TrainingDataError.unreadable(path: path, reason: "is a directory") }
            guard let file = gzopen(path, "rb") else {
                throw TrainingDataError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            self.file = file
        }

        deinit { gzclose(file) }

        /// The next `count` bytes, or fewer at the end of the file. Memory grows with what is returned only.
        public func read(count: Int) throws -> [UInt8] {
            var result: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: min(max(count, 0), 1 << 20))
            while result.count < count {
                let wanted = min(chunk.count, count - result.count)
                let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(wanted)) }
                if n < 0 { throw TrainingDataError.unreadable(path: path, reason: gzipError()) }
                if n == 0 { break }
                result.append(contentsOf: chunk[0..<Int(n)])
            }
            // A gzip stream cut short reads as end-of-file; zlib reports it as an error afterwards.
            if result.count < count { try checkEnd() }
            return result
        }

        /// Reads to the end without keeping anything; returns how many bytes there were.
        public func skipToEnd() throws -> Int {
            var total = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
                if n < 0 { throw TrainingDataError.unreadable(path: path, reason: gzipError()) }
                if n == 0 { break }
                total += Int(n)
            }
            try checkEnd()
            return total
        }

        private func checkEnd() throws {
            var code: Int32 = 0
            _ = gzerror(file, &code)
            if code != Z_OK && code != Z_STREAM_END {
                throw TrainingDataError.unreadable(path: path, reason: gzipError())
            }
        }

        private func gzipError() -> String {
            var code: Int32 = 0
            guard let message = gzerror(file, &code) else { return "zlib error \(code)" }
            let text = String(cString: message)
            return text.isEmpty ? "zlib error \(code)" : "gzip: \(text)"
        }
    }
}
