import ArgumentParser
import Basics
import Foundation
import Scoring

/// `astro-lab records-stress`: one simulated child answering a quiz into the records as fast
/// as allowed, so tests can run many at once against one file, kill one mid-session, or time submissions.
/// Prints `session N` then `answered I` after each committed answer (flushed, so a parent process knows
/// exactly what is on disk).
struct RecordsStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records-stress",
        abstract: "Test helper: submit simulated answers to the records."
    )

    @Option(help: "The records database.")
    var db: String

    @Option(help: "Student name.")
    var student: String

    @Option(help: "Questions in the simulated quiz; all are answered unless killed.")
    var answers: Int = 50

    @Option(help: "Milliseconds to wait between answers.")
    var delayMs: Int = 0

    @Option(help: "Content hash of the simulated quiz (resuming matches on it).")
    var hash: String = "stress-quiz"

    @Flag(help: "Resume this student's interrupted session of the quiz instead of starting a new one.")
    var resume = false

    @Option(help: "Wait until this moment (seconds since 1970) before opening, so many processes start together.")
    var startAt: Double?

    @Flag(help: "Print the median and 95th percentile of the submit time (commit included).")
    var timings = false

    @Flag(help: "After each answer's line, print `submit MS`: its submit time in milliseconds (commit included).")
    var times = false

    func run() throws {
        if let startAt {
            let wait = startAt - Date().timeIntervalSince1970
            if wait > 0 { usleep(useconds_t(min(wait, 30) * 1_000_000)) }
        }
        let store = try RecordStore(path: db)
        var first = 0
        let session: SessionID
        if resume, let point = try store.resumableSession(student: student, contentHash: hash) {
            session = try store.resume(point)
            first = point.nextQuestion
            emit("resumed \(session.rawValue) at \(first)")
        } else {
            session = try store.startSession(student: student, quizTitle: "Stress quiz", quizFile: "stress.toml",
                                             contentHash: hash, questionCount: answers)
            emit("session \(session.rawValue)")
        }
        var seconds: [Double] = []
        for index in first..<max(first, answers) {
            let a = index % 10, b = (index * 7) % 10
            // Every fifth answer is wrong, so scores are not trivially perfect.
            let read = index % 5 == 4 ? "\(a + b + 1)" : "\(a + b)"
            let answer = AnswerRecord(
                questionIndex: index, question: "\(a) + \(b)", expected: "\(a + b)", read: read,
                digitProbabilities: Array(repeating: (0..<10).map { $0 == 1 ? 0.91 : 0.01 }, count: read.count),
                strokes: [(0..<40).map { PenPoint(x: Double($0), y: Double($0 % 7), t: Double($0 * 8)) }],
                input: .drawn, seconds: 2.5)
            seconds.append(try Timing.measure { try store.record(answer, in: session) }.seconds)
            emit("answered \(index)")
            if times, let last = seconds.last { emit(String(format: "submit %.3f", last * 1000)) }
            if delayMs > 0 { usleep(useconds_t(delayMs * 1000)) }
        }
        try store.finish(session)
        emit("finished \(session.rawValue)")
        if timings, !seconds.isEmpty {
            emit(String(format: "submit median %.2f ms, p95 %.2f ms over %d answers",
                        Timing.median(seconds) * 1000, Timing.percentile(seconds, 0.95) * 1000, seconds.count))
        }
    }

    private func emit(_ line: String) {
        print(line)
        fflush(nil)   // every output stream, so a parent process sees the line now
    }
}
