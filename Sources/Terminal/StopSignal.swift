#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A signal that asks the program to stop. The screen collects them as events so the program can
/// finish what it is doing (save, say goodbye) and the terminal is restored on the main thread.
///
/// Every signal whose default action ends the process and that another process (or a timer, or a closed
/// pipe) can send is one: with any of them left at its default, `kill -USR1` or a stray `SIGALRM` would end
/// the program with the terminal still in the alternate screen, raw and reporting the mouse.
///
/// ```swift
/// if case .signal(let stop) = event { print(stop) }   // "SIGTERM"
/// StopSignal(rawValue: SIGUSR1) == .user1             // true
/// ```
public struct StopSignal: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    /// The signal's name, `SIGTERM`.
    public let description: String

    private init(_ rawValue: Int32, _ name: String) {
        self.rawValue = rawValue
        self.description = name
    }

    /// One of ``all``, or nil for a signal that is not a stop signal.
    public init?(rawValue: Int32) {
        guard let known = StopSignal.all.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// SIGINT: Ctrl-C from another process or `kill -INT` (the screen's own Ctrl-C is a key).
    public static let interrupt = StopSignal(SIGINT, "SIGINT")
    /// SIGHUP: the terminal (or the SSH link) went away.
    public static let hangup = StopSignal(SIGHUP, "SIGHUP")
    /// SIGTERM: `kill`, shutdown.
    public static let terminate = StopSignal(SIGTERM, "SIGTERM")
    /// SIGQUIT: `kill -QUIT` (Ctrl-\ is a key in raw mode).
    public static let quit = StopSignal(SIGQUIT, "SIGQUIT")
    public static let user1 = StopSignal(SIGUSR1, "SIGUSR1")
    public static let user2 = StopSignal(SIGUSR2, "SIGUSR2")
    /// SIGPIPE: a write to a pipe or socket nobody reads any more.
    public static let brokenPipe = StopSignal(SIGPIPE, "SIGPIPE")
    public static let alarm = StopSignal(SIGALRM, "SIGALRM")
    public static let virtualAlarm = StopSignal(SIGVTALRM, "SIGVTALRM")
    public static let profilingAlarm = StopSignal(SIGPROF, "SIGPROF")
    /// SIGXCPU and SIGXFSZ: a CPU-time or file-size limit (`ulimit`) was reached.
    public static let cpuLimit = StopSignal(SIGXCPU, "SIGXCPU")
    public static let fileSizeLimit = StopSignal(SIGXFSZ, "SIGXFSZ")
    #if os(Linux)
    public static let io = StopSignal(SIGIO, "SIGIO")
    public static let power = StopSignal(SIGPWR, "SIGPWR")
    public static let stackFault = StopSignal(SIGSTKFLT, "SIGSTKFLT")
    #endif

    /// Every stop signal. Real-time signals (which glibc partly keeps for itself) and the signals of a crash
    /// (SIGSEGV, SIGABRT, …), which the Swift runtime reports, are not among them.
    public static var all: [StopSignal] {
        var signals: [StopSignal] = [.interrupt, .hangup, .terminate, .quit, .user1, .user2, .brokenPipe, .alarm,
                                     .virtualAlarm, .profilingAlarm, .cpuLimit, .fileSizeLimit]
        #if os(Linux)
        signals += [.io, .power, .stackFault]
        #endif
        return signals
    }
}
