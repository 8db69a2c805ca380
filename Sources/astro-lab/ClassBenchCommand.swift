import ArgumentParser
import Foundation
import Lab

/// `astro-lab class-bench`: a class of simulated children answering into one records file, with and without
/// the teacher's class view watching; prints how soon an answer shows and what the view costs a commit.
struct ClassBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class-bench",
        abstract: "Measure the class view: answer to screen latency with N children, and a commit's time with and without the view."
    )

    @Option(help: "Simulated children, one process each.")
    var children: Int = 30

    @Option(help: "Answers per child.")
    var answers: Int = 30

    @Option(help: "Milliseconds between a child's answers.")
    var delayMs: Int = 1000

    @Option(help: "Pairs of runs (without and with the view, alternating which goes first).")
    var rounds: Int = 3

    @Option(help: "Folder for the records files (default: a new folder under the temporary directory, removed after).")
    var folder: String?

    func validate() throws {
        guard (1...200).contains(children) else { throw ValidationError("--children: use 1 to 200") }
        guard (1...10_000).contains(answers) else { throw ValidationError("--answers: use 1 to 10000") }
        guard (0...60_000).contains(delayMs) else { throw ValidationError("--delay-ms: use 0 to 60000") }
        guard (1...100).contains(rounds) else { throw ValidationError("--rounds: use 1 to 100") }
    }

    func run() throws {
        let work = folder ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("class-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { if folder == nil { try? FileManager.default.removeItem(atPath: work) } }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let result = try ClassBenchmark.run(stress: executable, folder: work, children: children, answers: answers,
                                            delayMs: delayMs, rounds: rounds)
        result.lines.forEach { print($0) }
        if !result.failures.isEmpty {
            result.failures.forEach { FileHandle.standardError.write(Data("child failed: \($0)\n".utf8)) }
            throw ExitCode(1)
        }
    }
}
