import ArgumentParser
import Foundation
import Training

/// `astro-lab data`: the MNIST data-preparation views (splits, images per digit, samples, mean digits).
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show the MNIST data: split sizes, images per digit, sample digits and the mean image of each digit."
    )

    @Option(help: "Folder with the MNIST idx files (plain or .gz).") var data: String
    @Option(help: "Last N training images held out for validation (as in train).") var validation: Int = 5000
    @Option(help: "Sample images shown per digit.") var samples: Int = 3

    func run() throws {
        let directory = URL(fileURLWithPath: data)
        let train = try MNIST.load(directory: directory, split: .train)
        let test = try MNIST.load(directory: directory, split: .test)
        print(DataViews.report(train: train, test: test, validation: validation, samplesPerDigit: max(1, samples)))
    }
}
