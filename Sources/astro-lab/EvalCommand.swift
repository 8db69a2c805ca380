import ArgumentParser
import CNN
import Basics
import Foundation
import Lab
import Training

/// `astro-lab eval --data DIR [--weights FILE] [--threads N]`: test accuracy of a weights file on MNIST t10k.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a weights file on the 10,000 MNIST test images.",
        discussion: """
            Reads t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz] from DIR and prints name=value \
            lines (test_accuracy, test_loss, images_per_second, ...), the accuracy of each digit and the confusion matrix.
            """
    )

    @Option(name: .long, help: "Folder holding the MNIST idx files (plain or gzipped).")
    var data: String

    @Option(name: .long, help: "Weights file (default: $ASTRO_NUMBERS_WEIGHTS or Weights/astro-cnn-v1.safetensors).")
    var weights: String?

    @Option(name: .long, help: "Threads for the forward passes (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let url = try LabWeights.url(weights)
        let network = try DigitNetwork(contentsOf: url)
        let test = try MNIST.load(directory: URL(fileURLWithPath: data), split: .test)
        let (result, seconds) = try Timing.measure {
            try Evaluation(network: network, images: test.images, labels: test.labels, threads: threads)
        }
        print(result.report(weights: url.path, threads: threads, seconds: seconds))
    }
}

