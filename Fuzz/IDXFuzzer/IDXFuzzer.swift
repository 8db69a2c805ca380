import Foundation
import Training

/// libFuzzer target: any bytes as an idx file (MNIST's format), in memory and, when they start like a
/// gzip stream, from a file through zlib. Reading must end in a file or a `TrainingDataError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func idxFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let file = try? IDXFile.parse(bytes, path: "fuzz") {
        precondition(file.bytes.count == file.dimensions.reduce(1, *), "data and dimensions disagree")
    }
    if bytes.starts(with: [0x1F, 0x8B]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("astro-idx-fuzz-\(getpid()).gz")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else { return 0 }
        defer { try? FileManager.default.removeItem(at: url) }
        if let file = try? IDXFile.read(contentsOf: url) {
            precondition(file.bytes.count == file.dimensions.reduce(1, *), "data and dimensions disagree")
        }
    }
    return 0
}
