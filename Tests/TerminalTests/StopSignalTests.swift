import Glibc
import XCTest
@testable import Terminal

final class StopSignalTests: XCTestCase {
    /// Every signal whose default action ends the process and that can be sent from outside is a stop signal.
    func testEverySignalThatWouldEndTheProgramIsCollected() {
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF,
                       SIGXCPU, SIGXFSZ, SIGIO, SIGPWR] {
            XCTAssertEqual(StopSignal(rawValue: signal)?.rawValue, signal, "signal \(signal)")
        }
        XCTAssertEqual(StopSignal(rawValue: SIGUSR1), .user1)
        XCTAssertEqual(StopSignal.terminate.description, "SIGTERM")
        // Not stop signals: the screen's own resize, job control, and crashes.
        for signal in [SIGWINCH, SIGTSTP, SIGCONT, SIGCHLD, SIGSEGV, SIGKILL] {
            XCTAssertNil(StopSignal(rawValue: signal), "signal \(signal)")
        }
        XCTAssertEqual(Set(StopSignal.all.map(\.rawValue)).count, StopSignal.all.count)
    }
}
