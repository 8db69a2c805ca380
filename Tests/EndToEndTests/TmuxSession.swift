import Foundation
import Synchronization
import XCTest

/// Runs the built `astro-numbers` in a detached tmux server of fixed size and drives it like a user:
/// keys, SGR mouse reports, resizes and signals; reads the screen back with `capture-pane`.
///
/// Every session has its own server (`-L` socket, `-f /dev/null` so no user configuration leaks in),
/// `TERM=xterm-256color` and a UTF-8 locale in the pane, and `remain-on-exit` so the pane's terminal
/// state can still be inspected after the app has exited. Always call `kill()` (tearDown).
///
///     let tmux = try TmuxSession(arguments: ["pad"])
///     defer { tmux.kill() }
///     try tmux.waitForText("drawing pad")
///     try tmux.waitForFormat("#{mouse_button_flag}", toBe: "1")   // the app asked for drags
///     tmux.drag([(10, 5), (20, 5), (30, 10)])                      // 0-based screen cells
///     try tmux.waitUntil("the stroke shows") { $0.character(col: 20, row: 5) == "█" }
final class TmuxSession {
    /// A snapshot of the pane: its lines, one string per row.
    struct Capture: CustomStringConvertible {
        let lines: [String]

        /// The character at a 0-based cell, or nil outside the text (trailing blanks are trimmed by tmux).
        func character(col: Int, row: Int) -> Character? {
            guard row >= 0, row < lines.count else { return nil }
            let characters = Array(lines[row])
            return col >= 0 && col < characters.count ? characters[col] : nil
        }

        func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

        /// Number of cells holding `character`.
        func count(of character: Character) -> Int { lines.reduce(0) { $0 + $1.filter { $0 == character }.count } }

        var description: String { lines.enumerated().map { String(format: "%2d|", $0.offset) + $0.element }.joined(separator: "\n") }
    }

    enum Failure: Error, CustomStringConvertible {
        case tmuxMissing
        case binaryMissing(String)
        case tmuxFailed(arguments: [String], status: Int32, output: String)
        case timedOut(String, last: String)

        var description: String {
            switch self {
            case .tmuxMissing: return "tmux not found on PATH: install it (apt-get install tmux)"
            case .binaryMissing(let path): return "astro-numbers not built at \(path)"
            case .tmuxFailed(let arguments, let status, let output): return "tmux \(arguments.joined(separator: " ")) exited \(status): \(output)"
            case .timedOut(let what, let last): return "timed out waiting for \(what); last seen:\n\(last)"
            }
        }
    }

    enum Button: Int { case left = 0, middle = 1, right = 2 }

    /// How mouse reports are written: SGR (`ESC[<b;x;yM`) or legacy X10 (`ESC[M` + three bytes; a
    /// release is button 3). Legacy reports here are limited to column and row 94 (ASCII bytes).
    enum MouseWire { case sgr, legacy }

    /// The encoding the helpers below send; match it to the pane's TERM (`kmous`).
    var mouseWire: MouseWire = .sgr

    let socket: String
    let target = "astro"
    /// Where the pane's shell writes the app's exit status.
    private let statusFile: String
    private let tmux: String
    private var killed = false

    /// Sessions started by this process, numbering their tmux sockets.
    private static let counter = Mutex(0)

    /// Starts `astro-numbers arguments…` in a new tmux server with a `cols`×`rows` window.
    /// `environment` is added to the pane's (e.g. `["NO_COLOR": "1"]`).
    init(arguments: [String] = [], cols: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmux = TmuxSession.findOnPath("tmux") else { throw Failure.tmuxMissing }
        self.tmux = tmux
        let number = TmuxSession.counter.withLock { count in
            count += 1
            return count
        }
        socket = "astro-e2e-\(getpid())-\(number)"
        let binary = TmuxSession.binaryURL().path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw Failure.binaryMissing(binary) }
        var env = ["TERM": "xterm-256color", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        // A shell waits for the app and writes its exit status to a file: tmux's own #{pane_dead_status}
        // is sometimes never filled in. The app is the shell's only child (see `appPID`).
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status").path
        try? FileManager.default.removeItem(atPath: statusFile)
        // The pane starts from a clean slate for colour: `swift test` may run with NO_COLOR set.
        let app = "env -u NO_COLOR " + env.sorted { $0.key < $1.key }.map { TmuxSession.quote("\($0.key)=\($0.value)") }.joined(separator: " ")
            + " " + ([binary] + arguments).map(TmuxSession.quote).joined(separator: " ")
        let command = "\(app); echo $? > \(TmuxSession.quote(statusFile))"
        try run(["new-session", "-d", "-s", target, "-x", "\(cols)", "-y", "\(rows)", command,
                 ";", "set-option", "-g", "remain-on-exit", "on",
                 ";", "set-option", "-g", "status", "off"])
    }

    deinit { kill() }

    // MARK: Input

    /// Sends tmux key names (`"q"`, `"C-c"`, `"Enter"`, `"Escape"`, `"BSpace"`).
    func sendKeys(_ keys: String...) {
        _ = try? run(["send-keys", "-t", target] + keys)
    }

    /// Sends text byte for byte (`send-keys -l`), e.g. escape sequences.
    func sendLiteral(_ text: String) {
        _ = try? run(["send-keys", "-t", target, "-l", text])
    }

    /// SGR mouse report for a 0-based cell: `ESC[<b;x;yM` (press, drag) or `…m` (release); 1-based on the wire.
    static func sgr(_ code: Int, col: Int, row: Int, release: Bool = false) -> String {
        "\u{1B}[<\(code);\(col + 1);\(row + 1)\(release ? "m" : "M")"
    }

    /// Legacy X10 report for a 0-based cell.
    static func x10(_ code: Int, col: Int, row: Int) -> String {
        let bytes = [32 + code, 33 + col, 33 + row].compactMap { Unicode.Scalar($0) }.map { String(Character($0)) }
        return "\u{1B}[M" + bytes.joined()
    }

    /// A report in the session's `mouseWire` encoding.
    func report(_ code: Int, col: Int, row: Int, release: Bool = false) -> String {
        switch mouseWire {
        case .sgr: return Self.sgr(code, col: col, row: row, release: release)
        case .legacy: return Self.x10(release ? 3 : code, col: col, row: row)
        }
    }

    func press(col: Int, row: Int, button: Button = .left) {
        sendLiteral(report(button.rawValue, col: col, row: row))
    }

    /// Motion with `button` held (`?1002` reports it as 32 + button).
    func dragTo(col: Int, row: Int, button: Button = .left) {
        sendLiteral(report(32 + button.rawValue, col: col, row: row))
    }

    func release(col: Int, row: Int, button: Button = .left) {
        sendLiteral(report(button.rawValue, col: col, row: row, release: true))
    }

    /// A whole stroke: press on the first point, drag through the others, release on the last.
    func drag(_ points: [(col: Int, row: Int)], button: Button = .left) {
        guard let first = points.first, let last = points.last else { return }
        var sequence = report(button.rawValue, col: first.col, row: first.row)
        for point in points.dropFirst() { sequence += report(32 + button.rawValue, col: point.col, row: point.row) }
        sequence += report(button.rawValue, col: last.col, row: last.row, release: true)
        sendLiteral(sequence)
    }

    /// A click (press and release) at a cell.
    func click(col: Int, row: Int, button: Button = .left) {
        sendLiteral(report(button.rawValue, col: col, row: row) + report(button.rawValue, col: col, row: row, release: true))
    }

    /// Resizes the window (the app gets SIGWINCH).
    func resize(cols: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// Sends a signal to the app (the child of the pane's shell).
    func signal(_ number: Int32) throws {
        Foundation.kill(try appPID(), number)
    }

    /// The app's process id: the only child of the pane's shell (Linux /proc).
    func appPID() throws -> pid_t {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if let shell = Int32(try format("#{pane_pid}")),
               let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
               let first = children.split(separator: " ").first, let pid = Int32(first) {
                return pid
            }
            usleep(20_000)
        }
        throw Failure.timedOut("the app's process", last: "")
    }

    // MARK: Output

    /// The pane's text now (with `withEscapes`, including the SGR sequences of colours and attributes).
    func capture(withEscapes: Bool = false) -> Capture {
        let text = (try? run(["capture-pane", "-p"] + (withEscapes ? ["-e"] : []) + ["-t", target])) ?? ""
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return Capture(lines: lines)
    }

    /// A tmux format evaluated for the pane, e.g. `#{mouse_sgr_flag}`, `#{alternate_on}`, `#{pane_dead}`.
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 20 ms until `condition` holds on a settled screen; returns that capture.
    ///
    /// Settled means two captures 60 ms apart agree: a busy machine can deliver one repaint in pieces, and
    /// a capture taken between them shows the new headline above rows of the old screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, _ condition: (Capture) -> Bool) throws -> Capture {
        let deadline = ContinuousClock.now + .seconds(timeout)
        var last = capture()
        while true {
            if condition(last) {
                usleep(60_000)
                let again = capture()
                // A screen that never rests (a ticking clock) still answers by the deadline.
                if again.lines == last.lines || ContinuousClock.now >= deadline { return last }
                last = again
                continue
            }
            guard ContinuousClock.now < deadline else { throw Failure.timedOut(what, last: last.description) }
            usleep(20_000)
            last = capture()
        }
    }

    @discardableResult
    func waitForText(_ text: String, timeout: TimeInterval = 10) throws -> Capture {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls a tmux format until it equals `expected`.
    func waitForFormat(_ format: String, toBe expected: String, timeout: TimeInterval = 10) throws {
        let deadline = ContinuousClock.now + .seconds(timeout)
        var value = try self.format(format)
        while value != expected {
            guard ContinuousClock.now < deadline else { throw Failure.timedOut("\(format) = \(expected)", last: "\(format) = \(value)") }
            usleep(20_000)
            value = try self.format(format)
        }
    }

    /// Waits for the app to exit and returns its exit status (128 + n when killed by signal n).
    func waitForExit(timeout: TimeInterval = 10) throws -> Int {
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let code = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                try waitForFormat("#{pane_dead}", toBe: "1", timeout: max(1, Double(ContinuousClock.now.duration(to: deadline).components.seconds)))
                return code
            }
            guard ContinuousClock.now < deadline else { throw Failure.timedOut("the app to exit", last: capture().description) }
            usleep(20_000)
        }
    }

    /// Kills the tmux server (idempotent).
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    // MARK: Plumbing

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        // Output goes to a file, not a pipe, and the process is spawned directly rather than with
        // Foundation's Process: the first call forks the tmux server, which inherits the child's
        // descriptors, so end-of-file on a pipe (and Process's own exit monitor) would never come.
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let status = try Self.spawnAndWait(tmux, ["-L", socket, "-f", "/dev/null"] + arguments,
                                           environment: environment, output: outputURL.path)
        let text = String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self)
        guard status == 0 else { throw Failure.tmuxFailed(arguments: arguments, status: status, output: text) }
        return text
    }

    /// Runs `path arguments…` with stdin from /dev/null and stdout+stderr to the file `output`;
    /// returns its exit status.
    static func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure.tmuxFailed(arguments: arguments, status: -1, output: "posix_spawn: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS by hand (macros are not imported).
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The built `astro-numbers` (see `BuiltBinary`).
    static func binaryURL() -> URL { BuiltBinary.product.url }
}
