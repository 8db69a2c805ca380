#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks the terminal for its background colour (OSC 11) before the screen starts, without leaving anything
/// on the screen and without losing a key: the terminal is put in raw mode without echo, the question is
/// followed by a Device Attributes request (`ESC [ c`) which every terminal answers, in order, so the wait
/// ends as soon as that answer comes (a terminal that does not know OSC 11 answers only that one), or after
/// `timeout` milliseconds. Everything else read meanwhile (a key a child pressed) is handed back as
/// `typeahead`, for `Screen` to put back into its input.
///
/// ```swift
/// let answer = BackgroundQuery.ask(timeout: 200)
/// answer.background   // RGB(255, 255, 255) in xterm's default colours
/// ```
enum BackgroundQuery {
    struct Answer {
        var background: RGB?
        var typeahead: [UInt8]
        /// False when the terminal answered nothing before the timeout.
        var answered: Bool
    }

    static let question = "\u{1B}]11;?\u{1B}\\\u{1B}[c"

    static func ask(timeout: Int, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Answer {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return Answer(background: nil, typeahead: [], answered: false) }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return Answer(background: nil, typeahead: [], answered: false) }
        defer { _ = tcsetattr(input, TCSANOW, &saved) }
        _ = question.withCString { write(output, $0, strlen($0)) }

        var parser = ReplyParser()
        var buffer = [UInt8](repeating: 0, count: 256)
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        while !parser.finished {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let elapsed = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1_000_000
            let left = timeout - Int(elapsed)
            guard left > 0 else { break }
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(left))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = read(input, &buffer, buffer.count)
            guard count > 0 else { break }
            for byte in buffer[0..<count] { parser.feed(byte) }
        }
        parser.flush()
        return Answer(background: parser.background, typeahead: parser.typeahead, answered: parser.finished)
    }
}
