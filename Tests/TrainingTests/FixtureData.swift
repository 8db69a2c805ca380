import Foundation
import Training

/// Paths to committed fixtures and a scratch folder per test.
enum FixtureData {
    static var tinyMNIST: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/mnist-tiny")
    }

    /// A fresh empty folder under the system temp directory.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("astro-training-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes raw bytes, optionally gzipped through the system `gzip` free path (plain only here).
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try Data(bytes).write(to: url)
    }
}
