import Foundation
import XCTest
@testable import Training

final class MNISTLoaderTests: XCTestCase {
    func testLoadsGzippedFixture() throws {
        let train = try MNIST.load(directory: FixtureData.tinyMNIST, split: .train)
        XCTAssertEqual(train.count, 1000)
        XCTAssertEqual(train.rows, 28)
        XCTAssertEqual(train.cols, 28)
        XCTAssertEqual(train.images.count, 1000 * 784)
        // The first MNIST training labels are well known: 5 0 4 1 9 2 1 3 1 4.
        XCTAssertEqual(Array(train.labels.prefix(10)), [5, 0, 4, 1, 9, 2, 1, 3, 1, 4])
        let test = try MNIST.load(directory: FixtureData.tinyMNIST, split: .test)
        XCTAssertEqual(test.count, 200)
        XCTAssertEqual(Array(test.labels.prefix(5)), [7, 2, 1, 0, 4])
        XCTAssertEqual(test.images.max(), 255)
    }

    func testPlainFilesGiveSameBytesAsGzipped() throws {
        let dir = try FixtureData.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"] {
            let idx = try IDXFile.read(contentsOf: FixtureData.tinyMNIST.appendingPathComponent(name + ".gz"))
            try FixtureData.write(idx.serialized(), to: dir.appendingPathComponent(name))
        }
        let plain = try MNIST.load(directory: dir, split: .test)
        let gzipped = try MNIST.load(directory: FixtureData.tinyMNIST, split: .test)
        XCTAssertEqual(plain.images, gzipped.images)
        XCTAssertEqual(plain.labels, gzipped.labels)
    }

    func testMissingFileNamesIt() throws {
        let dir = try FixtureData.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertThrowsError(try MNIST.load(directory: dir, split: .train)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("train-images-idx3-ubyte"), text)
            XCTAssertTrue(text.contains("not found"), text)
            XCTAssertFalse(text.contains("\n"))
        }
    }

    func testWrongMagic() throws {
        XCTAssertThrowsError(try IDXFile.parse([0, 0, 0x0D, 1, 0, 0, 0, 0], path: "x.idx")) { error in
            XCTAssertEqual("\(error)", "x.idx: wrong idx magic 0x00000d01 (expected 0x0000080N, unsigned bytes)")
        }
        // A gzip header in a file that is not gzip-decodable still gives one line.
        let text = Array("hello, not idx".utf8)
        XCTAssertThrowsError(try IDXFile.parse(text, path: "h")) { error in
            XCTAssertTrue("\(error)".hasPrefix("h: wrong idx magic"))
        }
    }

    func testTruncatedAndTrailing() throws {
        let good = IDXFile(dimensions: [3], bytes: [1, 2, 3], path: "l").serialized()
        XCTAssertEqual(try IDXFile.parse(good, path: "l").bytes, [1, 2, 3])
        XCTAssertThrowsError(try IDXFile.parse(Array(good.dropLast()), path: "l")) { error in
            XCTAssertEqual("\(error)", "l: truncated: header promises 3 bytes of data, file has 2")
        }
        XCTAssertThrowsError(try IDXFile.parse(Array(good.prefix(6)), path: "l")) { error in
            XCTAssertEqual(error as? TrainingDataError, .truncated(path: "l", expectedBytes: 8, foundBytes: 6))
        }
        XCTAssertThrowsError(try IDXFile.parse(good + [9], path: "l")) { error in
            XCTAssertEqual(error as? TrainingDataError, .trailingBytes(path: "l", expectedBytes: 3, foundBytes: 4))
        }
    }

    func testTruncatedGzipStream() throws {
        let dir = try FixtureData.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = FixtureData.tinyMNIST.appendingPathComponent("t10k-images-idx3-ubyte.gz")
        let bytes = try Data(contentsOf: source)
        let cut = dir.appendingPathComponent("t10k-images-idx3-ubyte.gz")
        try bytes.prefix(bytes.count / 2).write(to: cut)
        XCTAssertThrowsError(try IDXFile.read(contentsOf: cut)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix(cut.path), text)
            XCTAssertFalse(text.contains("\n"))
        }
    }

    func testCountMismatch() throws {
        let dir = try FixtureData.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let images = IDXFile(dimensions: [2, 28, 28], bytes: [UInt8](repeating: 0, count: 2 * 784), path: "")
        let labels = IDXFile(dimensions: [3], bytes: [1, 2, 3], path: "")
        try FixtureData.write(images.serialized(), to: dir.appendingPathComponent("t10k-images-idx3-ubyte"))
        try FixtureData.write(labels.serialized(), to: dir.appendingPathComponent("t10k-labels-idx1-ubyte"))
        XCTAssertThrowsError(try MNIST.load(directory: dir, split: .test)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("3 labels but"), text)
            XCTAssertTrue(text.contains("has 2 images"), text)
        }
    }

    func testBadLabelAndShape() throws {
        let dir = try FixtureData.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let images = IDXFile(dimensions: [2, 28, 28], bytes: [UInt8](repeating: 0, count: 2 * 784), path: "")
        try FixtureData.write(images.serialized(), to: dir.appendingPathComponent("t10k-images-idx3-ubyte"))
        try FixtureData.write(IDXFile(dimensions: [2], bytes: [1, 12], path: "").serialized(),
                              to: dir.appendingPathComponent("t10k-labels-idx1-ubyte"))
        XCTAssertThrowsError(try MNIST.load(directory: dir, split: .test)) { error in
            XCTAssertTrue("\(error)".contains("label 1 is 12"), "\(error)")
        }
        let small = IDXFile(dimensions: [2, 4, 4], bytes: [UInt8](repeating: 0, count: 32), path: "")
        try FixtureData.write(small.serialized(), to: dir.appendingPathComponent("t10k-images-idx3-ubyte"))
        XCTAssertThrowsError(try MNIST.load(directory: dir, split: .test)) { error in
            XCTAssertTrue("\(error)".contains("4x4, expected 28x28"), "\(error)")
        }
    }
}
