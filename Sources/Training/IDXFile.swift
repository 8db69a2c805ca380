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

    /// Most data bytes an idx file may hold (1 GiB; MNIST's training images are 47 MB).
    public static let maximumDataBytes = 1 << 30

    /// Reads and checks one idx file of unsigned bytes (magic 0x0801 labels, 0x0803 images, ...). The header
    /// is read first and only the bytes it describes are kept, so a file that decompresses to far more (a
    /// gzip bomb) is refused without being held in memory.
    public static func read(contentsOf url: URL) throws -> IDXFile {
        let path = url.path
        let reader = try CompressedFile.Reader(contentsOf: url)
        let magicBytes = try reader.read(count: 4)
        guard magicBytes.count == 4 else {
            throw TrainingDataError.truncated(path: path, expectedBytes: 4, foundBytes: magicBytes.count)
        }
        let dimensionCount = try checkMagic(bigEndian(magicBytes, at: 0), path: path)
        let sizes = try reader.read(count: 4 * dimensionCount)
        guard sizes.count == 4 * dimensionCount else {
            throw TrainingDataError.truncated(path: path, expectedBytes: 4 + 4 * dimensionCount, foundBytes: 4 + sizes.count)
        }
        let (dimensions, total) = try shape(sizes, count: dimensionCount, path: path)
        let body = try reader.read(count: total)
        if body.count < total { throw TrainingDataError.truncated(path: path, expectedBytes: total, foundBytes: body.count) }
        let extra = try reader.skipToEnd()
        if extra > 0 { throw TrainingDataError.trailingBytes(path: path, expectedBytes: total, foundBytes: total + extra) }
        return IDXFile(dimensions: dimensions, bytes: body, path: path)
    }

    /// Parses idx bytes already in memory; `path` only names the source in errors.
    public static func parse(_ data: [UInt8], path: String) throws -> IDXFile {
        guard data.count >= 4 else {
            throw TrainingDataError.truncated(path: path, expectedBytes: 4, foundBytes: data.count)
        }
        let dimensionCount = try checkMagic(bigEndian(data, at: 0), path: path)
        let headerBytes = 4 + 4 * dimensionCount
        guard data.count >= headerBytes else {
            throw TrainingDataError.truncated(path: path, expectedBytes: headerBytes, foundBytes: data.count)
        }
        let (dimensions, total) = try shape(Array(data[4..<headerBytes]), count: dimensionCount, path: path)
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

    /// The number of dimensions a magic number announces (unsigned bytes, 1 to 4 dimensions).
    private static func checkMagic(_ magic: UInt32, path: String) throws -> Int {
        let dimensionCount = Int(magic & 0xFF)
        guard magic >> 8 == 0x08, (1...4).contains(dimensionCount) else {
            throw TrainingDataError.wrongMagic(path: path, found: magic, expected: "0x0000080N, unsigned bytes")
        }
        return dimensionCount
    }

    /// The dimensions in the header's size bytes and how many data bytes they describe (at most
    /// ``maximumDataBytes``).
    private static func shape(_ sizes: [UInt8], count: Int, path: String) throws -> ([Int], Int) {
        var dimensions: [Int] = []
        var total = 1
        for d in 0..<count {
            let size = Int(bigEndian(sizes, at: 4 * d))
            dimensions.append(size)
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maximumDataBytes else {
                throw TrainingDataError.badShape(path: path, reason: "header dimensions \(dimensions) describe more than \(maximumDataBytes) bytes")
            }
            total = product
        }
        return (dimensions, total)
    }

    private static func bigEndian(_ data: [UInt8], at offset: Int) -> UInt32 {
        UInt32(data[offset]) << 24 | UInt32(data[offset + 1]) << 16 | UInt32(data[offset + 2]) << 8 | UInt32(data[offset + 3])
    }
}
