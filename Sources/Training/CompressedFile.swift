import CZlib
import Foundation

/// Reads a whole file that may or may not be gzip-compressed; zlib's `gzread` passes plain files through.
///
/// ```swift
/// let bytes = try CompressedFile.read(contentsOf: URL(fileURLWithPath: "train-labels-idx1-ubyte.gz"))
/// ```
public enum CompressedFile {
    public static func read(contentsOf url: URL) throws -> [UInt8] {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TrainingDataError.missingFile(path: path)
        }
        if isDirectory.boolValue { throw TrainingDataError.unreadable(path: path, reason: "is a directory") }
        guard let file = gzopen(path, "rb") else {
            throw TrainingDataError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { gzclose(file) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if n < 0 { throw TrainingDataError.unreadable(path: path, reason: gzipError(file)) }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<Int(n)])
        }
        // A gzip stream cut short reads as end-of-file; zlib reports it as an error afterwards.
        var code: Int32 = 0
        _ = gzerror(file, &code)
        if code != Z_OK && code != Z_STREAM_END {
            throw TrainingDataError.unreadable(path: path, reason: gzipError(file))
        }
        return result
    }

    private static func gzipError(_ file: gzFile) -> String {
        var code: Int32 = 0
        guard let message = gzerror(file, &code) else { return "zlib error \(code)" }
        let text = String(cString: message)
        return text.isEmpty ? "zlib error \(code)" : "gzip: \(text)"
    }
}
