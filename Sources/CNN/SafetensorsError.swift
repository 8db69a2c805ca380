import Messages
/// Why a weights file could not be read or written. Every description is one line that names the file
/// and, where one is involved, the tensor.
///
/// ```swift
/// do { _ = try DigitNetwork(contentsOf: url) }
/// catch let error as SafetensorsError { print(error) }  // "w.safetensors: tensor fc1.weight: ..."
/// ```
public enum SafetensorsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file does not exist or cannot be read.
    case unreadable(file: String, reason: String)
    /// Fewer than the 8 bytes of the header length.
    case tooShort(file: String, size: Int)
    /// The header length points past the end of the file.
    case headerPastEnd(file: String, headerLength: UInt64, fileSize: Int)
    /// The header is not a JSON object (or not UTF-8).
    case badHeader(file: String, detail: String)
    /// A tensor entry lacks `dtype`, `shape` or `data_offsets`, or they have the wrong type.
    case badEntry(file: String, tensor: String, detail: String)
    /// A dtype other than F32.
    case wrongDtype(file: String, tensor: String, dtype: String)
    /// `data_offsets` are reversed or reach past the end of the data (e.g. a truncated file).
    case offsetsOutOfRange(file: String, tensor: String, begin: Int, end: Int, dataSize: Int)
    /// The byte range does not hold exactly `shape.product * 4` bytes.
    case sizeMismatch(file: String, tensor: String, shape: [Int], bytes: Int)
    /// Two tensors share bytes.
    case overlap(file: String, tensor: String, other: String)
    /// A NaN or infinite value.
    case nonFinite(file: String, tensor: String, index: Int)
    /// A tensor the architecture needs is absent.
    case missingTensor(file: String, tensor: String)
    /// A tensor has a shape other than the architecture's.
    case wrongShape(file: String, tensor: String, expected: [Int], found: [Int])
    /// A `__metadata__` entry is not a string, or `architecture` / `bn_eps` is unusable.
    case badMetadata(file: String, key: String, detail: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return tr("weights.unreadable", ["file": file, "reason": reason])
        case let .tooShort(file, size):
            return tr("weights.too-short", ["file": file, "size": size])
        case let .headerPastEnd(file, headerLength, fileSize):
            return tr("weights.header-past-end", ["file": file, "length": headerLength, "size": fileSize])
        case let .badHeader(file, detail):
            return tr("weights.bad-header", ["file": file, "detail": detail])
        case let .badEntry(file, tensor, detail):
            return tr("weights.bad-entry", ["file": file, "tensor": tensor, "detail": detail])
        case let .wrongDtype(file, tensor, dtype):
            return tr("weights.wrong-dtype", ["file": file, "tensor": tensor, "dtype": dtype])
        case let .offsetsOutOfRange(file, tensor, begin, end, dataSize):
            return tr("weights.offsets", ["file": file, "tensor": tensor, "begin": begin, "end": end, "size": dataSize])
        case let .sizeMismatch(file, tensor, shape, bytes):
            return tr("weights.size-mismatch", ["file": file, "tensor": tensor, "shape": "\(shape)", "needed": shape.reduce(1, *) * 4, "bytes": bytes])
        case let .overlap(file, tensor, other):
            return tr("weights.overlap", ["file": file, "tensor": tensor, "other": other])
        case let .nonFinite(file, tensor, index):
            return tr("weights.non-finite", ["file": file, "tensor": tensor, "index": index])
        case let .missingTensor(file, tensor):
            return tr("weights.missing-tensor", ["file": file, "tensor": tensor])
        case let .wrongShape(file, tensor, expected, found):
            return tr("weights.wrong-shape", ["file": file, "tensor": tensor, "found": "\(found)", "expected": "\(expected)"])
        case let .badMetadata(file, key, detail):
            return tr("weights.bad-metadata", ["file": file, "key": key, "detail": detail])
        }
    }
}
