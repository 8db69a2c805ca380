import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Identifies the process that owns an in-progress session, so a later process can tell a session whose
/// owner died (SIGKILL, closed lid, dropped SSH link) from one still being answered in another terminal.
struct OwningProcess: Equatable, Sendable {
    var host: String
    var pid: Int32
    /// Start time from /proc/<pid>/stat (clock ticks since boot), so a recycled pid is not mistaken for it.
    var startTime: Int64?

    static let current = OwningProcess(host: hostName(), pid: getpid(), startTime: startTime(of: getpid()))

    /// True unless this process can be shown to be gone. Sessions owned on another host are assumed alive.
    var isAlive: Bool {
        guard host == OwningProcess.current.host else { return true }
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        if let startTime, let now = OwningProcess.startTime(of: pid), now != startTime { return false }
        // A killed process whose parent has not reaped it yet still answers kill(pid, 0); it answers no child.
        if OwningProcess.state(of: pid) == "Z" { return false }
        return true
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Field 22 of /proc/<pid>/stat; nil where /proc is not available.
    static func startTime(of pid: Int32) -> Int64? {
        guard let fields = statFields(of: pid), fields.count > 19 else { return nil }
        return Int64(fields[19])
    }

    /// Field 3 of /proc/<pid>/stat: the process state, "Z" for a zombie; nil where /proc is not available.
    static func state(of pid: Int32) -> String? {
        statFields(of: pid)?.first.map(String.init)
    }

    /// The fields of /proc/<pid>/stat after the command name (which may hold spaces), starting at field 3.
    private static func statFields(of pid: Int32) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }
}
