import Basics
@testable import Training
import XCTest

/// `StepProfile`: a profiled training step times every phase, and the table names them all.
final class StepProfileTests: XCTestCase {
    func testAProfiledStepTimesEveryPhaseAndCountsImages() {
        let net = TrainingNetwork(parameters: .heInitialized(seed: 3), threads: 2, maxBatch: 8)
        net.profile = StepProfile()
        for _ in 0..<2 {
            net.trainStep(count: 8, dropoutSeed: 1) { i, pixels in
                for p in 0..<784 { pixels[p] = Float((p * 7 + i * 13) % 11) / 10 }
                return i % 10
            }
        }
        let profile = net.profile!
        XCTAssertEqual(profile.images, 16)
        for phase in StepProfile.Phase.allCases where phase != .optimizer {
            XCTAssertGreaterThan(profile.seconds[phase.rawValue], 0, "\(phase)")
        }
        XCTAssertEqual(profile.seconds[StepProfile.Phase.optimizer.rawValue], 0)   // the trainer times that one
        let table = profile.table(kernels: "portable").split(separator: "\n")
        XCTAssertEqual(table.count, 2 + StepProfile.Phase.allCases.count + 1)
        XCTAssertTrue(table[0].contains("16 images"))
        XCTAssertTrue(table.last!.hasPrefix("all (57.5 MFLOP per image)"))
    }

    func testAnUnprofiledStepKeepsNoProfile() {
        let net = TrainingNetwork(parameters: .heInitialized(seed: 3), threads: 1, maxBatch: 4)
        net.trainStep(count: 4, dropoutSeed: 1) { i, pixels in
            for p in 0..<784 { pixels[p] = 0 }
            return i
        }
        XCTAssertNil(net.profile)
    }
}
