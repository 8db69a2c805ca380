import XCTest
@testable import Training

final class WriterSplitTests: XCTestCase {
    func testWholeLabsAndPendigitsWritersAreTheTest() {
        let split = WriterSplit.standard
        XCTAssertEqual(split.role(ofUnipen: Unipen.Writer(key: "ced/aaaa9018_s_2h")), .test)
        XCTAssertEqual(split.role(ofUnipen: Unipen.Writer(key: "tos/t3/t3007062")), .test)
        XCTAssertEqual(split.role(ofPendigits: 26), .test)
        XCTAssertEqual(split.role(ofPendigits: 21), .validation)
        XCTAssertEqual(split.role(ofPendigits: 20), .training)
        XCTAssertEqual(split.pendigitsHeldOut, Array(21...30))
    }

    func testAWriterHasOneRoleInEverySetAndAboutFifteenPercentValidate() {
        let split = WriterSplit.standard
        // The same file name under the digit and letter folders is the same writer.
        XCTAssertEqual(split.role(ofUnipen: Unipen.Writer(key: "apb/apb22/app2234")),
                       split.role(ofUnipen: Unipen.Writer(key: "apb/other/app2234")))
        let roles = (0..<2000).map { split.role(ofUnipen: Unipen.Writer(key: "apb/x/w\($0)")) }
        let validation = roles.filter { $0 == .validation }.count
        XCTAssertTrue((240...360).contains(validation), "\(validation) of 2000")
        XCTAssertFalse(roles.contains(.test))
    }

    func testTheHashIsFixed() {
        // FNV-1a's published value for "a": the split never changes with the toolchain.
        XCTAssertEqual(WriterSplit.fnv1a("a"), 0xaf63dc4c8601ec8c)
    }
}
