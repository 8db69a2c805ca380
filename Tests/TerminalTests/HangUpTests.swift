import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import Terminal

/// `HangUp`: a pseudo-terminal whose other side closed reports a hang-up; an open one does not.
final class HangUpTests: XCTestCase {
    func testAClosedPseudoTerminalIsAHangUp() throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw XCTSkip("no pseudo-terminal") }
        defer { close(slave) }
        XCTAssertFalse(HangUp.hasHappened(on: slave), "an open terminal with nothing typed")
        close(master)   // the terminal window closes, the SSH link drops
        XCTAssertTrue(HangUp.hasHappened(on: slave))
    }

    func testAClosedDescriptorIsAHangUp() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        close(fds[0]); close(fds[1])
        XCTAssertTrue(HangUp.hasHappened(on: fds[0]))
    }
}
