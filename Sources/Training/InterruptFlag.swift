import Dispatch
import Foundation
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM into a flag the training loop polls after each batch, so it can write a
/// checkpoint and stop cleanly instead of dying mid-write.
///
/// ```swift
/// let interrupt = InterruptFlag.install()
/// while !interrupt.isSet { trainOneBatch() }
/// ```
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    private let sources = Mutex<[DispatchSourceSignal]>([])

    public init() {}

    public var isSet: Bool { raised.load(ordering: .acquiring) }

    public func raise() {
        raised.store(true, ordering: .releasing)
    }

    /// Installs handlers for SIGINT and SIGTERM that set the returned flag.
    public static func install() -> InterruptFlag {
        let flag = InterruptFlag()
        flag.sources.withLock { sources in
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { flag.raise() }
                source.resume()
                sources.append(source)
            }
        }
        return flag
    }

    deinit {
        sources.withLock { sources in for source in sources { source.cancel() } }
    }
}
