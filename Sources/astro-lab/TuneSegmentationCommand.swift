import ArgumentParser
import Foundation
import Ink
import Lab
import Training

/// `astro-lab tune-segmentation --pendigits FILE [--unipen DIR]`: chooses the segmentation's costs on the
/// validation writers (never the test writers).
struct TuneSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tune-segmentation",
        abstract: "Choose the segmentation's costs on the validation writers: prints the figures of the standard settings, each improvement, and the settings found."
    )

    @Option(name: .long, help: "UNIPEN file of the UCI pen digits (pendigits-orig-tra.txt); its validation writers (21-25) are used.")
    var pendigits: String

    @Option(name: .long, help: "UNIPEN folder: its validation writers join.")
    var unipen: String?

    @Option(name: .long, help: "Canvas height in rows.")
    var rows: Int = 16

    @Option(name: .long, help: "Weights file (default: $ASTRO_NUMBERS_WEIGHTS or Weights/astro-cnn-v1.safetensors).")
    var weights: String?

    @Option(name: .long, help: "Rounds of the coordinate search (0: only score the standard settings).")
    var rounds: Int = 8

    func validate() throws {
        guard (4...1000).contains(rows) else { throw ValidationError("--rows: expected 4 to 1000, got \(rows)") }
        guard (0...100).contains(rounds) else { throw ValidationError("--rounds: expected 0 to 100, got \(rounds)") }
    }

    func run() throws {
        let network = try LabWeights.network(weights)
        let samples = try HeldOutWriters.digits(role: .validation, split: .standard, pendigits: URL(fileURLWithPath: pendigits),
                                                unipen: unipen.map { URL(fileURLWithPath: $0) })
        guard !samples.isEmpty else { throw LabCommandError("no validation writers' digits in \(pendigits)") }
        let tuning = SegmentationTuning(samples: samples, canvasRows: rows, classifier: network)
        print("tune-segmentation: \(samples.count) digits by \(Set(samples.map(\.writer)).count) validation writers, "
              + "\(tuning.items.count) drawings at \(rows) rows, weights \(network.source)")
        let standard = tuning.score(.standard)
        print("standard settings (objective \(String(format: "%.5f", standard.objective))):\n\(standard)")
        guard rounds > 0 else { return }
        let found = tuning.search(from: .standard, rounds: rounds) { print($0) }
        print("found (objective \(String(format: "%.5f", tuning.score(found).objective))):\n\(tuning.score(found))")
        print(SegmentationTuning.costs.map { String(format: "%@: %g", $0.name, found[keyPath: $0.path]) }.joined(separator: ", "))
    }
}
