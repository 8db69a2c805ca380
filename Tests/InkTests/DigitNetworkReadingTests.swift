import CNN
import Ink
import XCTest

/// The reading threshold and views come from the weights file's metadata.
final class DigitNetworkReadingTests: XCTestCase {
    private func network(_ metadata: [String: String]) throws -> DigitNetwork {
        var file = try Safetensors.read(contentsOf: FixtureFiles.torchWeights)
        file.metadata.merge(metadata) { $1 }
        return try DigitNetwork(file: file, source: "w.safetensors")
    }

    func testThresholdAndViewsFromTheFile() throws {
        let tuned = try network(["reading_threshold": "0.61", "reading_rotations": "none"])
        XCTAssertEqual(tuned.readingThreshold, 0.61)
        XCTAssertEqual(tuned.readingSettings.readingRotations, [])
        let turned = try network(["reading_rotations": "4,-4"])
        XCTAssertEqual(turned.readingSettings.readingRotations, [4, -4])
    }

    func testAFileWithoutThemOrWithNonsenseReadsAsBefore() throws {
        for metadata in [[:], ["reading_threshold": "1.5", "reading_rotations": "sideways"], ["reading_threshold": "nan"]] {
            let plain = try network(metadata)
            XCTAssertEqual(plain.readingThreshold, Recognizer.defaultThreshold, "\(metadata)")
            XCTAssertEqual(plain.readingSettings.readingRotations, InkSettings.standard.readingRotations, "\(metadata)")
        }
    }

    func testRotationsTextRoundTrips() {
        XCTAssertEqual(DigitNetwork.rotationsText([6, -6]), "6,-6")
        XCTAssertEqual(DigitNetwork.rotations(DigitNetwork.rotationsText([])), [])
        XCTAssertNil(DigitNetwork.rotations("90"))
    }
}
