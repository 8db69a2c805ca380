import Foundation

/// Everything that can be wrong with a data file given to the trainer, as one line naming the file.
///
/// ```swift
/// do { _ = try IDXFile.read(contentsOf: url) }
/// catch let error as TrainingDataError { print(error) }  // "train-images-idx3-ubyte.gz: wrong magic ..."
/// ```
public enum TrainingDataError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist or cannot be opened.
    case missingFile(path: String)
    /// The file cannot be read or decompressed (e.g. a corrupt gzip stream).
    case unreadable(path: String, reason: String)
    /// The first four bytes are not an idx magic number we know.
    case wrongMagic(path: String, found: UInt32, expected: String)
    /// The file ends before the data its header promises.
    case truncated(path: String, expectedBytes: Int, foundBytes: Int)
    /// The file holds more bytes than its header describes.
    case trailingBytes(path: String, expectedBytes: Int, foundBytes: Int)
    /// The header's dimensions do not fit what we need (e.g. images that are not 28x28).
    case badShape(path: String, reason: String)
    /// An images file and its labels file describe different numbers of items.
    case countMismatch(images: String, imageCount: Int, labels: String, labelCount: Int)
    /// A label outside 0...9.
    case badLabel(path: String, index: Int, value: Int)
    /// A malformed or unusable input such as a pen-data file.
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missingFile(path):
            return "\(path): file not found"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .wrongMagic(path, found, expected):
            return "\(path): wrong idx magic 0x\(String(format: "%08x", found)) (expected \(expected))"
        case let .truncated(path, expected, found):
            return "\(path): truncated: header promises \(expected) bytes of data, file has \(found)"
        case let .trailingBytes(path, expected, found):
            return "\(path): \(found - expected) unexpected bytes after the \(expected) bytes of data"
        case let .badShape(path, reason):
            return "\(path): \(reason)"
        case let .countMismatch(images, imageCount, labels, labelCount):
            return "\(labels): \(labelCount) labels but \(images) has \(imageCount) images"
        case let .badLabel(path, index, value):
            return "\(path): label \(index) is \(value), expected 0-9"
        case let .invalid(path, reason):
            return "\(path): \(reason)"
        }
    }
}
