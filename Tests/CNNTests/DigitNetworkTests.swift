import CNN
import EnglishCatalogue
import Foundation
import Synchronization
import XCTest

final class DigitNetworkTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testBatchEqualsSingleImageCallsForAnyThreadCount() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let images = try FixtureFiles.images()
        // 130 images: more than one internal batch per thread, with a ragged end.
        let many = (0..<130).map { images[$0 % images.count] }
        let single = many.map { network.logits(for: $0) }
        for threads in [1, 2, 5] {
            let batch = network.logits(forBatch: many.flatMap { $0 }, count: many.count, threads: threads)
            for i in many.indices {
                for d in 0..<10 { XCTAssertEqual(batch[i * 10 + d], single[i][d], accuracy: 1e-5) }
            }
        }
        XCTAssertEqual(network.logits(forBatch: [], count: 0, threads: 2), [])
    }

    func testConcurrentCallersGetTheSameAnswers() throws {
        let network = try DigitNetwork(contentsOf: try FixtureFiles.torchWeights)
        let images = try FixtureFiles.images()
        let expected = images.map { network.logits(for: $0) }
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let wrong = images.indices.filter { network.logits(for: images[$0]) != expected[$0] }.count
            mismatches.withLock { $0 += wrong }
        }
        XCTAssertEqual(mismatches.withLock { $0 }, 0)
    }

    func testArchitectureConstants() {
        XCTAssertEqual(AstroCNNv1.tensorShapes.count, 20)
        XCTAssertEqual(AstroCNNv1.flopsPerImage / 1e6, 19.4, accuracy: 0.05)
        XCTAssertEqual(Set(AstroCNNv1.tensorShapes.map(\.name)).count, 20)
    }
}
