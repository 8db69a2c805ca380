import Foundation

/// Which half of MNIST: the 60,000 training images or the 10,000 `t10k` test images.
public enum MNISTSplit: String, Sendable, CaseIterable {
    case train
    case test

    /// The file name stem: `train` or `t10k`.
    public var filePrefix: String { self == .train ? "train" : "t10k" }
}

/// Images and labels of one MNIST split, as read from idx files.
///
/// ```swift
/// let test = try MNIST.load(directory: URL(fileURLWithPath: "data/mnist"), split: .test)
/// let firstImage = test.images[0..<test.rows * test.cols]   // 784 bytes, ink = 255
/// ```
public struct MNISTSet: Sendable {
    public let count: Int
    public let rows: Int
    public let cols: Int
    /// `count * rows * cols` bytes, image after image, row-major; 0 = background, 255 = ink.
    public let images: [UInt8]
    /// `count` labels, 0-9.
    public let labels: [UInt8]

    public init(count: Int, rows: Int, cols: Int, images: [UInt8], labels: [UInt8]) {
        self.count = count
        self.rows = rows
        self.cols = cols
        self.images = images
        self.labels = labels
    }

    /// Pixels per image.
    public var pixelCount: Int { rows * cols }

    /// Image `index` as floats in 0...1 (ink = 1), the network's input format.
    public func floatImage(_ index: Int) -> [Float] {
        let start = index * pixelCount
        return images[start..<start + pixelCount].map { Float($0) / 255 }
    }

    /// The images `range` as a new set (e.g. to split off validation images).
    public func slice(_ range: Range<Int>) -> MNISTSet {
        MNISTSet(count: range.count, rows: rows, cols: cols,
                 images: Array(images[range.lowerBound * pixelCount..<range.upperBound * pixelCount]),
                 labels: Array(labels[range]))
    }
}

/// Loads MNIST from a folder holding the four idx files, plain or gzipped
/// (`train-images-idx3-ubyte[.gz]`, `train-labels-idx1-ubyte[.gz]`, `t10k-...`).
///
/// ```swift
/// let train = try MNIST.load(directory: dataDir, split: .train)
/// print(train.count)   // 60000
/// ```
public enum MNIST {
    public static func load(directory: URL, split: MNISTSplit) throws -> MNISTSet {
        let imageURL = try find(directory, "\(split.filePrefix)-images-idx3-ubyte")
        let labelURL = try find(directory, "\(split.filePrefix)-labels-idx1-ubyte")
        let images = try IDXFile.read(contentsOf: imageURL)
        let labels = try IDXFile.read(contentsOf: labelURL)
        guard images.dimensions.count == 3 else {
            throw TrainingDataError.badShape(path: images.path, reason: "expected 3 dimensions (images), found \(images.dimensions.count)")
        }
        guard labels.dimensions.count == 1 else {
            throw TrainingDataError.badShape(path: labels.path, reason: "expected 1 dimension (labels), found \(labels.dimensions.count)")
        }
        let (count, rows, cols) = (images.dimensions[0], images.dimensions[1], images.dimensions[2])
        guard rows == 28, cols == 28 else {
            throw TrainingDataError.badShape(path: images.path, reason: "images are \(rows)x\(cols), expected 28x28")
        }
        guard labels.dimensions[0] == count else {
            throw TrainingDataError.countMismatch(images: images.path, imageCount: count,
                                                  labels: labels.path, labelCount: labels.dimensions[0])
        }
        if let bad = labels.bytes.firstIndex(where: { $0 > 9 }) {
            throw TrainingDataError.badLabel(path: labels.path, index: bad, value: Int(labels.bytes[bad]))
        }
        return MNISTSet(count: count, rows: rows, cols: cols, images: images.bytes, labels: labels.bytes)
    }

    /// The gzipped file if present, else the plain one; a missing file names the gzipped name tried.
    static func find(_ directory: URL, _ stem: String) throws -> URL {
        for name in [stem + ".gz", stem] {
            let url = directory.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw TrainingDataError.missingFile(path: directory.appendingPathComponent(stem + "[.gz]").path)
    }
}
