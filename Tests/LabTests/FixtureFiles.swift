import Foundation
import XCTest

/// The fixtures the lab's tests read where they are committed, beside the tests of the module they were made
/// for (`Tests/CNNTests/Fixtures`, `Tests/InkTests/Fixtures`): the 2 MB PyTorch weights are kept once.
enum FixtureFiles {
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ name: String, of target: String) throws -> URL {
        let url = tests.appendingPathComponent(target).appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("fixture \(name) missing at \(url.path)")
        }
        return url
    }

    static var torchWeights: URL { get throws { try url("torch-1epoch.safetensors", of: "CNNTests") } }
    static var penDigitsSample: URL { get throws { try url("pendigits-sample.txt", of: "InkTests") } }

    /// The first 40 MNIST test images (784 bytes each) and their labels.
    static func mnistFirst40() throws -> (images: [UInt8], labels: [UInt8]) {
        ([UInt8](try Data(contentsOf: try url("mnist-test-first40.u8", of: "CNNTests"))),
         [UInt8](try Data(contentsOf: try url("mnist-test-first40-labels.u8", of: "CNNTests"))))
    }
}
