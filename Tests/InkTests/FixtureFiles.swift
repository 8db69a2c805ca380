import Foundation
import XCTest

enum FixtureFiles {
    static func url(_ name: String) throws -> URL {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent(name)
        return try XCTUnwrap(url.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }, "fixture \(name)")
    }
}
