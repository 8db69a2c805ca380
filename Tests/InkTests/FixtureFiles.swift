import Foundation
import XCTest

enum FixtureFiles {
    static func url(_ name: String) throws -> URL {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent(name)
        return try XCTUnwrap(url.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }, "fixture \(name)")
    }

    /// The PyTorch-trained weights committed once, beside the engine's tests.
    static var torchWeights: URL {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("CNNTests/Fixtures/torch-1epoch.safetensors")
            guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("fixture missing at \(url.path)") }
            return url
        }
    }
}
