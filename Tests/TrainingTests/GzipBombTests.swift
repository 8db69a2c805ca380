import CZlib
import Foundation
import XCTest
@testable import Training

/// idx files that decompress to far more than their header describes are refused without being held in
/// memory (`astro-lab eval` used to reach 2.1 GB resident on a gzip bomb before refusing it).
final class GzipBombTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws { dir = try FixtureData.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A labels file whose header promises one label, followed by `extra` zero bytes, gzipped.
    private func bomb(extra: Int) throws -> URL {
        let url = dir.appendingPathComponent("t10k-labels-idx1-ubyte.gz")
        let file = try XCTUnwrap(gzopen(url.path, "wb1"))
        let header: [UInt8] = [0, 0, 8, 1, 0, 0, 0, 1, 7]
        _ = header.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        for _ in 0..<(extra >> 20) { _ = zeros.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) } }
        gzclose(file)
        return url
    }

    private func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    func testABombIsRefusedWithoutDecompressingItIntoMemory() throws {
        let url = try bomb(extra: 400 << 20)
        XCTAssertLessThan(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0, 4 << 20)
        let before = peakResidentMegabytes()
        XCTAssertThrowsError(try IDXFile.read(contentsOf: url)) { error in
            XCTAssertEqual(error as? TrainingDataError, .trailingBytes(path: url.path, expectedBytes: 1, foundBytes: 1 + (400 << 20)))
        }
        XCTAssertLessThan(peakResidentMegabytes() - before, 100, "the 400 MB were kept in memory")
    }

    /// A header that describes more than 1 GiB is refused before any data is read.
    func testAHeaderDescribingTooMuchIsRefusedAtOnce() throws {
        let url = dir.appendingPathComponent("huge")
        try Data([0, 0, 8, 3, 0x7F, 0xFF, 0xFF, 0xFF, 0, 0, 0, 28, 0, 0, 0, 28]).write(to: url)
        XCTAssertThrowsError(try IDXFile.read(contentsOf: url)) { error in
            guard case .badShape(_, let reason)? = error as? TrainingDataError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("describe more than 1073741824 bytes"), reason)
        }
        XCTAssertThrowsError(try CompressedFile.read(contentsOf: try bomb(extra: 2 << 20), maximumBytes: 1 << 20)) { error in
            XCTAssertTrue("\(error)".contains("decompresses to more than 1048576 bytes"), "\(error)")
        }
    }
}
