import ArgumentParser
import AstroNumbers
import Foundation
import Lab

/// `astro-lab play-bench`: what a child feels in a lesson, measured without a terminal (`PlayBenchmark`).
struct PlayBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play-bench",
        abstract: "Measure a lesson without a terminal: load time, stroke to reading, painting, memory.",
        discussion: """
            Loads what `astro-numbers play` loads (timed), then draws the answers 1 to 1234 through the question \
            screen's own mouse-event path and prints name=value lines (milliseconds are medians of --repeats).
            """
    )

    @Option(name: .long, help: "Question set (TOML). Default: Quizzes/default.toml.")
    var quiz: String?

    @Option(name: .long, help: "Records file, opened as a lesson opens it. Default: $ASTRO_NUMBERS_DB, else the XDG data folder.")
    var db: String?

    @Option(name: .long, help: "Network weights (safetensors). Default: Weights/astro-cnn-v1.safetensors.")
    var weights: String?

    @Option(name: .long, help: "Timed strokes per answer length.")
    var repeats: Int = 200

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        var options = PlayOptions()
        options.quiz = quiz.map { URL(fileURLWithPath: $0) }
        options.database = db
        options.weights = weights.map { URL(fileURLWithPath: $0) }
        for (name, value) in try PlayBenchmark.run(options, repeats: repeats) { print("\(name)=\(value)") }
    }
}
