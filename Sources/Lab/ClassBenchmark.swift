import AstroNumbers
import Basics
import Foundation
import Scoring
import Terminal

/// Measures the class view under a full class: `children` processes (the lab's `records-stress`, one
/// simulated child each) answer into one new records file at once, twice — once with nobody watching, once
/// with the class view polling the file as `astro-numbers class` does (``ClassWatch``, every
/// ``ClassViewSession/refreshInterval``, each snapshot painted into an off-screen frame).
///
/// Two figures come out: how long after its commit an answer shows in the view (from the answer's
/// `answeredAt`, taken just before its commit, to the moment the frame showing it is painted), and what the
/// view costs a child's commit (submit times with and without the view). `astro-lab class-bench` prints them.
///
/// ```swift
/// let result = try ClassBenchmark.run(stress: labExecutable, folder: "/tmp/bench", children: 30, answers: 30)
/// print(result.lines.joined(separator: "\n"))
/// ```
public enum ClassBenchmark {
    /// What one run measured.
    public struct Result: Sendable {
        /// Milliseconds per submit (commit and sync included), every child's answers together.
        public var submitWithoutView: [Double]
        public var submitWithView: [Double]
        /// Seconds from an answer's commit to the painted frame that shows it.
        public var showLatency: [Double]
        /// Polls in which a child's count rose by more than one (their earlier answers are not timed).
        public var skipped: Int
        /// Children whose process failed, with its error output.
        public var failures: [String]

        /// `name=value` lines: medians, 95th percentiles and maxima.
        public var lines: [String] {
            func ms(_ values: [Double]) -> String { String(format: "%.2f", Timing.median(values)) }
            func p95(_ values: [Double]) -> String { String(format: "%.2f", Timing.percentile(values, 0.95)) }
            let latencyMs = showLatency.map { $0 * 1000 }
            return [
                "answers_without_view=\(submitWithoutView.count)",
                "submit_median_without_view_ms=\(ms(submitWithoutView))",
                "submit_p95_without_view_ms=\(p95(submitWithoutView))",
                "answers_with_view=\(submitWithView.count)",
                "submit_median_with_view_ms=\(ms(submitWithView))",
                "submit_p95_with_view_ms=\(p95(submitWithView))",
                "view_cost_median_ms=\(String(format: "%.2f", Timing.median(submitWithView) - Timing.median(submitWithoutView)))",
                "answers_timed_in_view=\(showLatency.count)",
                "shown_after_commit_median_ms=\(ms(latencyMs))",
                "shown_after_commit_p95_ms=\(p95(latencyMs))",
                "shown_after_commit_max_ms=\(String(format: "%.2f", latencyMs.max() ?? 0))",
                "polls_with_two_new_answers_of_a_child=\(skipped)",
                "children_failed=\(failures.count)",
            ]
        }
    }

    /// Runs `rounds` pairs of phases, alternating which comes first, so load from other work on the machine
    /// falls on both alike. `stress` is the `astro-lab` executable (its `records-stress`); `folder` receives
    /// the records files. Children answer every `delayMs` milliseconds after a common start.
    public static func run(stress: URL, folder: String, children: Int = 30, answers: Int = 30,
                           delayMs: Int = 1000, rounds: Int = 3) throws -> Result {
        var result = Result(submitWithoutView: [], submitWithView: [], showLatency: [], skipped: 0, failures: [])
        for round in 0..<max(1, rounds) {
            for watching in round % 2 == 0 ? [false, true] : [true, false] {
                let name = "round\(round)-\(watching ? "with" : "without")-view.sqlite"
                let measured = try phase(stress: stress, database: (folder as NSString).appendingPathComponent(name),
                                         children: children, answers: answers, delayMs: delayMs, watching: watching)
                if watching {
                    result.submitWithView += measured.submits
                    result.showLatency += measured.latencies
                    result.skipped += measured.skipped
                } else {
                    result.submitWithoutView += measured.submits
                }
                result.failures += measured.failures
            }
        }
        return result
    }

    private struct Phase {
        var submits: [Double] = []
        var latencies: [Double] = []
        var skipped = 0
        var failures: [String] = []
    }

    private static func phase(stress: URL, database: String, children: Int, answers: Int, delayMs: Int,
                              watching: Bool) throws -> Phase {
        try? FileManager.default.removeItem(atPath: database)
        let startAt = Date().timeIntervalSince1970 + 2
        let processes = try (0..<children).map { child -> (Process, URL) in
            let process = Process()
            process.executableURL = stress
            process.arguments = ["records-stress", "--db", database, "--student", String(format: "child %02d", child),
                                 "--answers", "\(answers)", "--delay-ms", "\(delayMs)", "--times",
                                 "--start-at", String(startAt)]
            // Output to a file, so a child never waits on a pipe this process reads only at the end.
            let output = URL(fileURLWithPath: database + ".child\(child).out")
            guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
            }
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            return (process, output)
        }
        var result = Phase()
        if watching {
            var watch = ClassWatch(path: database, filter: ClassFilter(since: Date().addingTimeInterval(-60)))
            var view = ClassView()
            var seen: [String: Int] = [:]
            while processes.contains(where: { $0.0.isRunning }) {
                let tick = Timing.now()
                let reading = watch.poll()
                view.update(reading)
                _ = view.render(size: Size(cols: 100, rows: 40), glyphs: .unicode)
                let painted = Date()
                if case .snapshot(let snapshot) = reading {
                    for child in snapshot.children {
                        let count = child.answers.count
                        let before = seen[child.student] ?? 0
                        if count > before, let last = child.lastAnswerAt {
                            result.latencies.append(painted.timeIntervalSince(last))
                            if count > before + 1 { result.skipped += 1 }
                        }
                        seen[child.student] = count
                    }
                }
                let rest = ClassViewSession.refreshInterval - (Timing.now() - tick)
                if rest > 0 { usleep(useconds_t(rest * 1_000_000)) }
            }
        }
        for (process, output) in processes {
            process.waitUntilExit()
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: output)
            if process.terminationStatus != 0 {
                result.failures.append(text.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)")
            }
            result.submits += text.split(separator: "\n").compactMap { line in
                line.hasPrefix("submit ") ? Double(line.dropFirst(7)) : nil
            }
        }
        return result
    }
}
