import Foundation

/// One idx file (the MNIST container): a big-endian header with a magic number `0x000008dd`
/// (type 0x08 = unsigned bytes, `dd` dimensions), the size of each dimension, then the bytes.
/// Plain or gzipped.
///
/// ```swift
/// let labels = try IDXFile.read(contentsOf: dir.appendingPathComponent("t10k-labels-idx1-ubyte.gz"))
/// print(labels.dimensions)   // [10000]
/// ```
public struct IDXFile: Sendable {
    /// The size of each dimension, outermost first (e.g. `[60000, 28, 28]`).
    public let dimensions: [Int]
    /// The data bytes, row-major.
    public let bytes: [UInt8]
    /// Where it was read from (for error messages).
    public let path: String

    public init(dimensions: [Int], bytes: [UInt8], path: String) {
        self.dimensions = dimensions
        self.bytes = bytes
        self.path = path
    }

    /// Reads and checks one idx file of unsigned bytes (magic 0x0801 labels, 0x0803 images, ...).
    public static func read(contentsOf url: URL) throws -> IDXFile {
        let data = try CompressedFile.read(contentsOf: url)
        return try parse(data, path: url.path)
    }

    /// Parses idx bytes already in memory; `path` only names the source in errors.
    public static func parse(_ data: [UInt8], path: String) throws -> IDXFile {
        guard data.count >= 4 else {
            throw TrainingDataError.truncated(path: path, expectedBytes: 4, foundBytes: data.count)
        }
        let magic = bigEndian(data, at: 0)
        let dimensionCount = Int(magic & 0xFF)
        guard magic >> 8 == 0x08, (1...4).contains(dimensionCount) else {
            throw TrainingDataError.wrongMagic(path: path, found: magic, expected: "0x0000080N, unsigned bytes")
        }
        let headerBytes = 4 + 4 * dimensionCount
        guard data.count >= headerBytes else {
            throw TrainingDataError.truncated(path: path, expectedBytes: headerBytes, foundBytes: data.count)
        }
        var dimensions: [Int] = []
        var total = 1
        for d in 0..<dimensionCount {
            let size = Int(bigEndian(data, at: 4 + 4 * d))
            dimensions.append(size)
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= 1 << 34 else {
                throw TrainingDataError.badShape(path: path, reason: "header dimensions \(dimensions) are too large")
            }
            total = product
        }
        let found = data.count - headerBytes
        if found < total { throw TrainingDataError.truncated(path: path, expectedBytes: total, foundBytes: found) }
        if found > total { throw TrainingDataError.trailingBytes(path: path, expectedBytes: total, foundBytes: found) }
        return IDXFile(dimensions: dimensions, bytes: Array(data[headerBytes...]), path: path)
    }

    /// The file as idx bytes (uncompressed), e.g. to write fixtures.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = [0, 0, 0x08, UInt8(dimensions.count)]
        for size in dimensions {
            out += [UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)]
        }
        return out + bytes
    }

    private static func bigEndian(_ data: [UInt8], at offset: Int) -> UInt32 {
        UInt32(data[offset]) << 24 | UInt32(data[offset + 1]) << 16 | UInt32(data[offset + 2]) << 8 | UInt32(data[offset + 3])
    }
}
