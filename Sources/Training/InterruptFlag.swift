import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a flag the training loop polls after each batch, so it can write a
/// checkpoint and stop cleanly instead of dying mid-write.
///
/// ```swift
/// let interrupt = InterruptFlag.install()
/// while !interrupt.isSet { trainOneBatch() }
/// ```
public final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    private var sources: [DispatchSourceSignal] = []

    public init() {}

    public var isSet: Bool {
        lock.lock(); defer { lock.unlock() }
        return set
    }

    public func raise() {
        lock.lock(); set = true; lock.unlock()
    }

    /// Installs handlers for SIGINT and SIGTERM that set the returned flag.
    public static func install() -> InterruptFlag {
        let flag = InterruptFlag()
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { flag.raise() }
            source.resume()
            flag.sources.append(source)
        }
        return flag
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
