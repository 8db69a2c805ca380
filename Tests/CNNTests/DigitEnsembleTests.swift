import CNN
import EnglishCatalogue
import Foundation
import XCTest

/// A weights file holding several networks (`members.K.` names) reads as the mean of their probabilities.
final class DigitEnsembleTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    /// The fixture network, and a second one that differs from it (fc2 scaled and shifted).
    private func twoMembers() throws -> (SafetensorsFile, SafetensorsFile) {
        let a = try Safetensors.read(contentsOf: try FixtureFiles.torchWeights)
        var b = a
        let w = b.tensors["fc2.weight"]!
        b.tensors["fc2.weight"] = Tensor(shape: w.shape, values: w.values.enumerated().map { $0.element * 0.5 + Float($0.offset % 7) * 0.01 })
        return (a, b)
    }

    func testEnsembleProbabilitiesAreTheMembersMean() throws {
        let (a, b) = try twoMembers()
        let ensemble = try DigitNetwork(file: SafetensorsFile(tensors: DigitNetwork.ensembleTensors(of: [a, b]), metadata: a.metadata),
                                        source: "ensemble")
        XCTAssertEqual(ensemble.memberCount, 2)
        let one = try DigitNetwork(file: a, source: "a"), two = try DigitNetwork(file: b, source: "b")
        let images = try FixtureFiles.images()
        for image in images {
            let pa = one.probabilities(for: image), pb = two.probabilities(for: image), pe = ensemble.probabilities(for: image)
            for d in 0..<10 { XCTAssertEqual(pe[d], (pa[d] + pb[d]) / 2, accuracy: 1e-5) }
        }
        // The batch path agrees with the one-image path for every thread count.
        let batch = ensemble.probabilities(forBatch: images.flatMap { $0 }, count: images.count, threads: 2)
        for (i, image) in images.enumerated() {
            let single = ensemble.probabilities(for: image)
            for d in 0..<10 { XCTAssertEqual(batch[i * 10 + d], single[d], accuracy: 1e-5) }
        }
    }

    func testOneMemberUnderMembersNamesReadsLikeThePlainFile() throws {
        let (a, _) = try twoMembers()
        let wrapped = try DigitNetwork(file: SafetensorsFile(tensors: DigitNetwork.ensembleTensors(of: [a]), metadata: a.metadata),
                                       source: "one")
        let plain = try DigitNetwork(file: a, source: "plain")
        for image in try FixtureFiles.images() { XCTAssertEqual(wrapped.logits(for: image), plain.logits(for: image)) }
    }

    func testMissingMemberOrTensorIsOneLine() throws {
        let (a, b) = try twoMembers()
        var tensors = DigitNetwork.ensembleTensors(of: [a, b])
        for name in Array(tensors.keys) where name.hasPrefix("members.1.") {
            tensors["members.2." + name.dropFirst("members.1.".count)] = tensors.removeValue(forKey: name)
        }
        XCTAssertThrowsError(try DigitNetwork(file: SafetensorsFile(tensors: tensors), source: "gap.safetensors")) { error in
            XCTAssertTrue("\(error)".contains("gap.safetensors"), "\(error)")
            XCTAssertTrue("\(error)".contains("without gaps"), "\(error)")
        }
        var missing = DigitNetwork.ensembleTensors(of: [a, b])
        missing["members.1.fc1.bias"] = nil
        XCTAssertThrowsError(try DigitNetwork(file: SafetensorsFile(tensors: missing), source: "m.safetensors")) { error in
            XCTAssertTrue("\(error)".contains("fc1.bias"), "\(error)")
        }
    }
}
