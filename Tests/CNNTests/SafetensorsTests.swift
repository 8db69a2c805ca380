import CNN
import EnglishCatalogue
import Foundation
import XCTest

/// Round trips and every malformed-file case: each must throw one `SafetensorsError` whose one-line
/// description names the file (and the tensor, where one is involved).
final class SafetensorsTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        EnglishMessages.install()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cnn-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    // MARK: helpers

    /// Bytes of a file with the given JSON header and data, header padded with spaces to 8 bytes.
    func file(header: String, data: [UInt8]) -> Data {
        var h = Array(header.utf8)
        while h.count % 8 != 0 { h.append(0x20) }
        var out = Data()
        withUnsafeBytes(of: UInt64(h.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: h)
        out.append(contentsOf: data)
        return out
    }

    func floats(_ values: [Float]) -> [UInt8] { values.withUnsafeBytes { Array($0) } }

    func write(_ data: Data, _ name: String = "w.safetensors") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Reads `url` as a network and returns the error's description, failing if it loads.
    func loadError(_ url: URL, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try DigitNetwork(contentsOf: url)
            XCTFail("expected an error", file: file, line: line)
            return ""
        } catch let error as SafetensorsError {
            let text = error.description
            XCTAssertFalse(text.contains("\n"), "one line: \(text)", file: file, line: line)
            XCTAssertTrue(text.contains(url.path), "names the file: \(text)", file: file, line: line)
            return text
        } catch {
            XCTFail("unexpected error type \(error)", file: file, line: line)
            return ""
        }
    }

    /// The PyTorch fixture's tensors, to corrupt one at a time.
    func fixture() throws -> SafetensorsFile { try Safetensors.read(contentsOf: try FixtureFiles.torchWeights) }

    // MARK: round trip and interop

    func testReadsPyTorchExportWithEveryTensorAndMetadata() throws {
        let weights = try fixture()
        XCTAssertEqual(weights.tensors.count, AstroCNNv1.tensorShapes.count)
        for (name, shape) in AstroCNNv1.tensorShapes { XCTAssertEqual(weights.tensors[name]?.shape, shape, name) }
        XCTAssertEqual(weights.metadata["architecture"], "astro-cnn-v1")
        XCTAssertEqual(weights.metadata["bn_eps"], "1e-05")
    }

    func testWriteThenReadGivesTheSameTensorsAndMetadataAndLeavesNoTemporaryFile() throws {
        let original = try fixture()
        let url = folder.appendingPathComponent("copy.safetensors")
        try Safetensors.write(original.tensors, metadata: original.metadata.merging(["note": "quote \" and \\ and é"]) { $1 }, to: url)
        let copy = try Safetensors.read(contentsOf: url)
        XCTAssertEqual(copy.tensors, original.tensors)
        XCTAssertEqual(copy.metadata["note"], "quote \" and \\ and é")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["copy.safetensors"])
        // Header length is a multiple of 8 and the data follows it directly.
        let bytes = [UInt8](try Data(contentsOf: url))
        let headerLength = bytes[0..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        XCTAssertEqual(headerLength % 8, 0)
        XCTAssertEqual(bytes.count, 8 + headerLength + AstroCNNv1.tensorShapes.reduce(0) { $0 + 4 * $1.shape.reduce(1, *) })
    }

    func testWriteToMissingFolderIsOneLineError() {
        let url = folder.appendingPathComponent("no/such/dir/w.safetensors")
        XCTAssertThrowsError(try Safetensors.write(["a": Tensor(zeros: [1])], metadata: [:], to: url)) { error in
            XCTAssertTrue("\(error)".contains(url.path))
        }
    }

    /// Weights never replace an SQLite database (a class's records) or a file of another kind.
    func testWriteNeverReplacesADatabaseOrAnotherKindOfFile() throws {
        for (name, content) in [("records.sqlite", Data("SQLite format 3\0".utf8) + Data(repeating: 1, count: 64)),
                                ("notes.txt", Data("my notes\n".utf8))] {
            let url = folder.appendingPathComponent(name)
            try content.write(to: url)
            XCTAssertThrowsError(try Safetensors.write(["a": Tensor(zeros: [1])], metadata: [:], to: url)) { error in
                XCTAssertTrue("\(error)".contains(url.path) && "\(error)".contains("left unchanged"), "\(error)")
            }
            XCTAssertEqual(try Data(contentsOf: url), content)
        }
        // Weights over weights are fine.
        let weights = folder.appendingPathComponent("w.safetensors")
        try Safetensors.write(["a": Tensor(zeros: [1])], metadata: [:], to: weights)
        try Safetensors.write(["a": Tensor(zeros: [2])], metadata: [:], to: weights)
        XCTAssertEqual(try Safetensors.read(contentsOf: weights).tensors["a"]?.shape, [2])
    }

    func testEmptyTensorAndNoMetadataAreFine() throws {
        let url = try write(file(header: #"{"e":{"dtype":"F32","shape":[0,3],"data_offsets":[0,0]}}"#, data: []))
        XCTAssertEqual(try Safetensors.read(contentsOf: url).tensors["e"]?.shape, [0, 3])
    }

    // MARK: malformed files

    func testMissingFile() {
        let text = loadError(folder.appendingPathComponent("absent.safetensors"))
        XCTAssertTrue(text.contains("no such file"), text)
    }

    func testShorterThanHeaderLength() throws {
        let text = loadError(try write(Data([1, 2, 3])))
        XCTAssertTrue(text.contains("truncated"), text)
    }

    func testHeaderLengthPastEnd() throws {
        var data = file(header: #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#, data: floats([1]))
        data.replaceSubrange(0..<8, with: [0xFF, 0xFF, 0, 0, 0, 0, 0, 0x10])
        XCTAssertTrue(loadError(try write(data)).contains("past the end"))
    }

    func testBadJSON() throws {
        XCTAssertTrue(loadError(try write(file(header: #"{"a": {"dtype": "F32",,}"#, data: []))).contains("not valid JSON"))
        XCTAssertTrue(loadError(try write(file(header: "[1, 2]", data: []))).contains("not a JSON object"))
    }

    func testBadEntry() throws {
        let text = loadError(try write(file(header: #"{"conv1.bias":{"dtype":"F32","shape":"64"}}"#, data: [])))
        XCTAssertTrue(text.contains("conv1.bias") && text.contains("shape"), text)
        let noOffsets = loadError(try write(file(header: #"{"conv1.bias":{"dtype":"F32","shape":[1]}}"#, data: floats([0]))))
        XCTAssertTrue(noOffsets.contains("conv1.bias") && noOffsets.contains("data_offsets"), noOffsets)
    }

    func testWrongDtype() throws {
        let header = #"{"conv1.bias":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"fc2.bias":{"dtype":"F16","shape":[10],"data_offsets":[4,24]}}"#
        let message = loadError(try write(file(header: header, data: [UInt8](repeating: 0, count: 24))))
        XCTAssertTrue(message.contains("fc2.bias") && message.contains("F16"), message)
    }

    func testWrongShape() throws {
        var weights = try fixture()
        weights.tensors["fc1.weight"] = Tensor(shape: [3200, 128], values: weights.tensors["fc1.weight"]!.values)
        let url = folder.appendingPathComponent("w.safetensors")
        try Safetensors.write(weights.tensors, metadata: weights.metadata, to: url)
        let text = loadError(url)
        XCTAssertTrue(text.contains("fc1.weight") && text.contains("[128, 3200]"), text)
    }

    func testShapeThatDisagreesWithByteCount() throws {
        let text = loadError(try write(file(header: #"{"bn1.bias":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#,
                                            data: floats([1, 2]))))
        XCTAssertTrue(text.contains("bn1.bias") && text.contains("needs 12 bytes"), text)
    }

    func testMissingTensor() throws {
        var weights = try fixture()
        weights.tensors["bn2.running_var"] = nil
        let url = folder.appendingPathComponent("w.safetensors")
        try Safetensors.write(weights.tensors, metadata: weights.metadata, to: url)
        XCTAssertTrue(loadError(url).contains("tensor bn2.running_var is missing"))
    }

    func testOverlappingOffsets() throws {
        let header = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#
        let text = loadError(try write(file(header: header, data: floats([1, 2, 3]))))
        XCTAssertTrue(text.contains("overlaps") && text.contains("tensor b") && text.contains("tensor a"), text)
    }

    func testOutOfRangeOffsets() throws {
        let past = loadError(try write(file(header: #"{"fc2.bias":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#,
                                            data: floats([1, 2]))))
        XCTAssertTrue(past.contains("fc2.bias") && past.contains("outside"), past)
        let reversed = loadError(try write(file(header: #"{"fc2.bias":{"dtype":"F32","shape":[0],"data_offsets":[8,4]}}"#,
                                                data: floats([1, 2]))))
        XCTAssertTrue(reversed.contains("fc2.bias"), reversed)
        let negative = loadError(try write(file(header: #"{"fc2.bias":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}"#,
                                                data: floats([1]))))
        XCTAssertTrue(negative.contains("fc2.bias"), negative)
    }

    func testTruncatedData() throws {
        let full = try Data(contentsOf: try FixtureFiles.torchWeights)
        let text = loadError(try write(full.prefix(full.count / 2)))
        XCTAssertTrue(text.contains("tensor") && text.contains("truncated"), text)
    }

    func testNaNAndInfinity() throws {
        for bad in [Float.nan, Float.infinity, -Float.infinity] {
            var weights = try fixture()
            weights.tensors["conv2.weight"]!.values[17] = bad
            let url = folder.appendingPathComponent("w.safetensors")
            try Safetensors.write(weights.tensors, metadata: weights.metadata, to: url)
            let text = loadError(url)
            XCTAssertTrue(text.contains("conv2.weight") && text.contains("value 17"), text)
        }
    }

    func testWrongArchitectureAndBadEpsilonMetadata() throws {
        let weights = try fixture()
        let url = folder.appendingPathComponent("w.safetensors")
        try Safetensors.write(weights.tensors, metadata: ["architecture": "resnet"], to: url)
        XCTAssertTrue(loadError(url).contains("architecture"))
        try Safetensors.write(weights.tensors, metadata: ["bn_eps": "-1"], to: url)
        XCTAssertTrue(loadError(url).contains("bn_eps"))
        let nonString = loadError(try write(file(header: #"{"__metadata__":{"bn_eps":0.001}}"#, data: [])))
        XCTAssertTrue(nonString.contains("bn_eps"), nonString)
    }

    func testNegativeVarianceIsRejected() throws {
        var weights = try fixture()
        weights.tensors["bn3.running_var"]!.values[5] = -1
        let url = folder.appendingPathComponent("w.safetensors")
        try Safetensors.write(weights.tensors, metadata: weights.metadata, to: url)
        XCTAssertTrue(loadError(url).contains("bn3.running_var"))
    }

    func testMissingEpsilonDefaultsToPyTorchs() throws {
        let weights = try fixture()
        let url = folder.appendingPathComponent("w.safetensors")
        try Safetensors.write(weights.tensors, metadata: [:], to: url)
        let image = try FixtureFiles.images()[0]
        let a = try DigitNetwork(contentsOf: url).logits(for: image)
        let b = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights).logits(for: image)
        XCTAssertEqual(a, b)
    }
}
