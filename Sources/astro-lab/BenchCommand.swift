import ArgumentParser
import CNN
import Foundation
import Lab

/// `astro-lab bench [--weights FILE]`: engine speed as `name=value` lines.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine: weights load time, single-image latency, batch throughput.",
        discussion: """
            single_image_microseconds is the median of --runs timed calls on one thread after 200 warm-up calls; \
            batch_images_per_second is the median of 3 passes over --images images in batches of --batch on \
            --threads threads. Compare with a PyTorch CPU run of the same architecture and weights, measured alongside.
            """
    )

    @Option(name: .long, help: "Weights file (default: $ASTRO_NUMBERS_WEIGHTS or Weights/astro-cnn-v1.safetensors).")
    var weights: String?

    @Option(name: .long, help: "Timed single-image calls (at least 1000).")
    var runs: Int = 2000

    @Option(name: .long, help: "Threads for the batch measurement (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Images per batch call.")
    var batch: Int = 256

    @Option(name: .long, help: "Images per throughput pass.")
    var images: Int = 10_000

    func validate() throws {
        guard runs >= 1000 else { throw ValidationError("--runs must be at least 1000") }
        guard threads >= 1, batch >= 1, images >= 1 else { throw ValidationError("--threads, --batch and --images must be at least 1") }
    }

    func run() throws {
        let url = try LabWeights.url(weights)
        for (name, value) in try EngineBenchmark.run(weights: url, latencyRuns: runs, batchSize: batch,
                                                     batchImages: images, threads: threads) {
            print("\(name)=\(value)")
        }
    }
}
