import CNCurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A signal's disposition (the C struct shares its name with the function that reads and sets it).
typealias SignalAction = sigaction

/// The full-screen terminal, from `Screen.run` until its body returns.
///
/// `run` switches the terminal to the alternate screen, raw keys, no cursor and mouse tracking, and
/// always switches it all back: when the body returns, when it throws, and when a signal that would end
/// the process arrives (SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGALRM, SIGPIPE… see `StopSignal.all`: they are
/// blocked and delivered as `Event.signal`, so the program can finish up and the terminal is restored on
/// the main thread rather than in a signal handler).
///
///     try Screen.run { screen in
///         screen.put("Hello", at: Position(col: 2, row: 1), style: Style(.title))
///         screen.refresh()
///         while true {
///             switch screen.nextEvent(timeout: 100) {
///             case .key(.character("q"))?, .signal?: return
///             default: continue
///             }
///         }
///     }
///
/// Ctrl-C arrives as `.key(.control("c"))` (keys are raw). `run` throws `TerminalError.notATerminal`
/// when stdin or stdout is redirected, before touching the terminal, and `TerminalError.stopped` after
/// restoring it when a stop signal arrived.
public final class Screen {
    /// Choices made when the screen starts.
    public struct Options: Sendable {
        /// Ask the terminal for mouse reports (turn off for `--no-mouse`).
        public var mouse: Bool
        /// The environment consulted for `NO_COLOR` and `COLORFGBG`.
        public var environment: [String: String]
        /// The background's theme (`--theme`); nil to find it out (`BackgroundDetection`).
        public var theme: Theme?
        /// How long to wait for the terminal to say its background colour, in milliseconds.
        public var backgroundQueryTimeout: Int

        public init(mouse: Bool = true, environment: [String: String] = Screen.processEnvironment(), theme: Theme? = nil,
                    backgroundQueryTimeout: Int = 200) {
            self.mouse = mouse
            self.environment = environment
            self.theme = theme
            self.backgroundQueryTimeout = backgroundQueryTimeout
        }
    }

    /// Whether colour is on (off with `NO_COLOR` or on a monochrome terminal).
    public let colorEnabled: Bool
    /// The background's theme and where it came from (`--theme`, the terminal's answer, `COLORFGBG`, assumed).
    public let theme: (Theme, BackgroundDetection.Source)
    /// The colours in use (when `colorEnabled`).
    public let palette: Palette
    /// The mouse encoding in use, or nil when the mouse is off or the terminal has none.
    public let mouseEncoding: MouseEncoding?
    /// Characters to draw with in this locale.
    public let glyphs: Glyphs

    private let window: UnsafeMutablePointer<WINDOW>
    private var tracker = MouseTracker()
    private var pending: [Event] = []
    /// The first stop signal seen; `run` throws it after restoring the terminal.
    public private(set) var stopSignal: StopSignal?

    private static let signals = StopSignal.all.map(\.rawValue)

    /// Throws `TerminalError.notATerminal` unless stdin and stdout are both a terminal: what `run` checks
    /// first, for a program that wants to know before it loads or creates anything.
    public static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
    }

    /// Runs `body` on the full screen and restores the terminal afterwards, whatever happens.
    public static func run<T>(options: Options = Options(), _ body: (Screen) throws -> T) throws -> T {
        try requireTerminal()
        if setlocale(LC_ALL, "") == nil, let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap({ options.environment[$0] }).first(where: { !$0.isEmpty }),
           name.uppercased().filter({ $0 != "-" }).contains("UTF8") {
            // A UTF-8 locale that is not installed (LANG=es_ES.UTF-8 on a server with only C.UTF-8): the terminal
            // still speaks UTF-8, so draw with it rather than fall back to ASCII. The messages' language is chosen
            // from the variables themselves, not from here.
            setlocale(LC_ALL, "C.UTF-8")
        }
        let unicode = String(cString: cn_codeset()).uppercased().filter { $0 != "-" } == "UTF8"

        // Block the stop signals before ncurses starts, so none can kill us with the terminal in raw mode.
        // Threads started from here on (the reader's) inherit the mask, so none of them takes the signal.
        _ = signals.withUnsafeBufferPointer { cn_block_signals($0.baseAddress, Int32($0.count)) }
        // ncurses installs handlers of its own for some of them; what was there before comes back at the end.
        var dispositions = Array(repeating: SignalAction(), count: signals.count)
        for (index, stop) in signals.enumerated() { sigaction(stop, nil, &dispositions[index]) }
        defer {
            // Restore the actions first: a signal still pending then does what it would have done without
            // us (usually end the process), with the terminal already restored.
            for (index, stop) in signals.enumerated() { sigaction(stop, &dispositions[index], nil) }
            _ = signals.withUnsafeBufferPointer { cn_unblock_signals($0.baseAddress, Int32($0.count)) }
        }

        // The background, asked before ncurses owns the terminal (and only when colour may be used): its answer
        // then never reaches the screen or the keys, and a key pressed meanwhile is put back below.
        var reported: BackgroundQuery.Answer?
        if options.theme == nil, ColorPolicy.useColor(environment: options.environment, terminalHasColors: true) {
            reported = BackgroundQuery.ask(timeout: options.backgroundQueryTimeout)
        }

        guard let terminal = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw TerminalError.unknownTerminal(options.environment["TERM"] ?? "")
        }
        set_term(terminal)
        guard let window = cn_stdscr() else {
            endwin()
            delscreen(terminal)
            throw TerminalError.unknownTerminal(options.environment["TERM"] ?? "")
        }
        let screen = Screen(window: window, options: options, unicode: unicode, reported: reported?.background)
        // Keys typed while the terminal was asked, oldest first (ungetch pushes onto the front).
        for byte in (reported?.typeahead ?? []).prefix(128).reversed() { _ = ungetch(Int32(byte)) }
        let result: T
        do {
            result = try body(screen)
        } catch {
            screen.restore()
            delscreen(terminal)
            throw error
        }
        screen.restore()
        delscreen(terminal)
        if let stop = screen.stopSignal { throw TerminalError.stopped(stop) }
        return result
    }

    /// The environment of this process as a dictionary.
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    private init(window: UnsafeMutablePointer<WINDOW>, options: Options, unicode: Bool, reported: RGB?) {
        self.window = window
        glyphs = unicode ? .unicode : .ascii
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)  // Esc alone is reported after 25 ms instead of a second

        theme = BackgroundDetection.theme(explicit: options.theme, reported: reported, environment: options.environment)
        if ColorPolicy.useColor(environment: options.environment, terminalHasColors: has_colors()) {
            start_color()
            use_default_colors()
            palette = Palette(theme: theme.0, colors: Int(cn_colors()))
            for role in ColorRole.allCases where role != .normal {
                let colors = palette.colors(for: role)
                init_pair(Int16(role.rawValue), colors.foreground, colors.background)
            }
            colorEnabled = true
        } else {
            palette = Palette(theme: theme.0, colors: 8)
            colorEnabled = false
        }

        var encoding: MouseEncoding?
        if options.mouse {
            mouseinterval(0)  // no click synthesis: a press is reported at once, not after a delay
            let granted = mousemask(mmask_t(MouseState.trackingMask.rawValue), nil)
            if granted != 0 {
                let kmous = cn_kmous().map { String(cString: $0) }
                let chosen = MouseEncoding(kmous: kmous)
                // ncurses' own `?1000h` is written first; ours must follow it, since the tracking
                // modes replace each other.
                wrefresh(window)
                cn_write_raw(chosen.enableSequence)
                encoding = chosen
            }
        }
        mouseEncoding = encoding
        werase(window)
        wrefresh(window)
    }

    private var restored = false

    private func restore() {
        guard !restored else { return }
        restored = true
        if let encoding = mouseEncoding {
            mousemask(0, nil)
            cn_write_raw(encoding.disableSequence)
        }
        curs_set(1)
        endwin()
        cn_write_raw("")
    }

    // MARK: Events

    /// The size of the screen in cells.
    public var size: Size { Size(cols: Int(getmaxx(window)), rows: Int(getmaxy(window))) }

    /// Waits up to `timeout` milliseconds (nil: for ever) for the next event; nil when none came.
    public func nextEvent(timeout: Int? = nil) -> Event? {
        if !pending.isEmpty { return pending.removeFirst() }
        var waited = 0
        while true {
            let taken = Self.signals.withUnsafeBufferPointer { cn_take_pending_signal($0.baseAddress, Int32($0.count)) }
            if taken != 0, let stop = StopSignal(rawValue: taken) {
                if stopSignal == nil { stopSignal = stop }
                return .signal(stop)
            }
            // Wait in short slices so a signal is noticed within 50 ms.
            let slice = timeout.map { min(50, max(0, $0 - waited)) } ?? 50
            wtimeout(window, Int32(slice))
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status == KEY_CODE_YES {
                if let event = decode(keyCode: Int32(character)) { return event }
            } else if status != ERR {
                if character == 0x1B, dropLateReply() { continue }
                return .key(Key(character: UInt32(character)))
            }
            // An empty read on a terminal that is gone returns at once: report it as the hang-up it is, and
            // wait out the slice first, so a caller that keeps asking does not spin.
            if HangUp.hasHappened(on: fileno(cn_stdin())) {
                usleep(UInt32(slice) * 1000)
                if stopSignal == nil { stopSignal = .hangup }
                return .signal(.hangup)
            }
            waited += slice
            if let timeout, waited >= timeout { return nil }
        }
    }

    /// After an Esc: whether what follows at once is a terminal's reply that came too late for
    /// `BackgroundQuery` (`ESC ] 11;rgb:… BEL` or `ESC [ ? … c`), which is then read and dropped. A child's
    /// Esc is never followed within the same moment by `]` or `[?`, so what follows otherwise is put back.
    private func dropLateReply() -> Bool {
        var read: [wint_t] = []
        func next() -> wint_t? {
            var character: wint_t = 0
            guard wget_wch(window, &character) != ERR else { return nil }
            read.append(character)
            return character
        }
        wtimeout(window, 0)
        defer { wtimeout(window, 50) }
        guard let first = next() else { return false }
        if first == wint_t(UInt8(ascii: "]")) {
            // OSC: up to BEL or ESC \.
            while let c = next(), read.count < 80 {
                if c == 0x07 || (c == wint_t(UInt8(ascii: "\\")) && read.dropLast().last == 0x1B) { return true }
            }
        } else if first == wint_t(UInt8(ascii: "[")), let second = next(), second == wint_t(UInt8(ascii: "?")) {
            while let c = next(), read.count < 40 {
                if c == wint_t(UInt8(ascii: "c")) { return true }
            }
        }
        for character in read.reversed() { _ = unget_wch(wchar_t(character)) }
        return false
    }

    /// Drops every key and mouse report that has arrived but not been read yet: for input typed while
    /// the screen was not showing what it was meant for (a question still waiting to appear).
    public func discardTypeahead() {
        flushinp()
        pending.removeAll()
        tracker.reset()
    }

    private func decode(keyCode: Int32) -> Event? {
        switch keyCode {
        case KEY_RESIZE:
            tracker.reset()
            werase(window)
            return .resize(size)
        case KEY_MOUSE:
            // One KEY_MOUSE may stand for a burst of reports (a fast drag); getmouse hands them out
            // newest first, so collect them all and replay them oldest first.
            var reports: [(MouseState, Position)] = []
            var report = MEVENT()
            while getmouse(&report) == OK {
                reports.append((MouseState(rawValue: UInt32(truncatingIfNeeded: report.bstate)),
                                Position(col: Int(report.x), row: Int(report.y))))
            }
            for (state, position) in reports.reversed() {
                pending += tracker.events(for: state, at: position).map { Event.mouse($0) }
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        default:
            return .key(Key(keyCode: keyCode))
        }
    }

    // MARK: Drawing (nothing shows until `refresh()`)

    /// Blanks the whole screen.
    public func clear() { werase(window) }

    /// Shows what was drawn since the last refresh.
    public func refresh() { wrefresh(window) }

    /// Rings the bell (or flashes, as the terminal prefers).
    public func beep() { _ = CNCurses.beep() }

    /// Writes `text` from `position` rightwards, clipped to the screen; each character takes one cell.
    public func put(_ text: String, at position: Position, style: Style = .plain) {
        let size = self.size
        guard position.row >= 0, position.row < size.rows, position.col < size.cols else { return }
        var characters = Substring(text)
        var col = position.col
        if col < 0 {
            characters = characters.dropFirst(-col)
            col = 0
        }
        let visible = String(characters.prefix(size.cols - col))
        guard !visible.isEmpty else { return }
        _ = cn_attrset(window, attributes(for: style))
        _ = visible.withCString { mvwaddstr(window, Int32(position.row), Int32(col), $0) }
        _ = cn_attrset(window, cn_a_normal())
    }

    /// Writes one character at `position` (ignored outside the screen).
    public func put(_ character: Character, at position: Position, style: Style = .plain) {
        put(String(character), at: position, style: style)
    }

    /// Fills `rect` with `character`.
    public func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        guard rect.size.cols > 0 else { return }
        let line = String(repeating: character, count: rect.size.cols)
        for row in rect.minRow..<rect.maxRow { put(line, at: Position(col: rect.minCol, row: row), style: style) }
    }

    /// Draws a frame on the outermost cells of `rect` (at least 2×2).
    public func drawBox(_ rect: Rect, style: Style = Style(.frame)) {
        for run in glyphs.outline(of: rect) { put(run.text, at: run.position, style: style) }
    }

    private func attributes(for style: Style) -> attr_t {
        var value = cn_a_normal()
        if colorEnabled, style.role != .normal { value |= cn_color_pair(Int16(style.role.rawValue)) }
        var attributes = style.effectiveAttributes(colorEnabled: colorEnabled)
        // Bold turns colours 0-7 into their brighter 8-15 in xterm, which the 8-colour palettes are not
        // checked for (`Palette`): their coloured text is drawn without it.
        if colorEnabled, !palette.boldAllowed, (0...7).contains(palette.colors(for: style.role).foreground) {
            attributes.remove(.bold)
        }
        for attribute in attributes {
            switch attribute {
            case .bold: value |= cn_a_bold()
            case .dim: value |= cn_a_dim()
            case .reverse: value |= cn_a_reverse()
            case .underline: value |= cn_a_underline()
            }
        }
        return value
    }
}
