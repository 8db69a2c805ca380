import Foundation
import XCTest

/// Paths and readers for the committed fixtures in `Tests/CNNTests/Fixtures`.
enum FixtureFiles {
    static func url(_ name: String) throws -> URL {
        let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("fixture \(name) missing at \(url.path)")
        }
        return url
    }

    static var torchWeights: URL { get throws { try url("torch-1epoch.safetensors") } }

    /// The 40 fixture images as floats (byte / 255), 784 each.
    static func images() throws -> [[Float]] {
        let bytes = [UInt8](try Data(contentsOf: try url("mnist-test-first40.u8")))
        return (0..<(bytes.count / 784)).map { i in bytes[(i * 784)..<((i + 1) * 784)].map { Float($0) / 255 } }
    }

    static func labels() throws -> [Int] {
        [UInt8](try Data(contentsOf: try url("mnist-test-first40-labels.u8"))).map(Int.init)
    }

    /// PyTorch's logits, one row of 10 per image.
    static func torchLogits() throws -> [[Float]] {
        let text = try String(contentsOf: try url("torch-1epoch-logits-first40.csv"), encoding: .utf8)
        return text.split(separator: "\n").map { line in line.split(separator: ",").map { Float(String($0))! } }
    }
}
