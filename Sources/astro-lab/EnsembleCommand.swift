import ArgumentParser
import Basics
import CNN
import Foundation
import Ink
import Lab
import Training

/// `astro-lab ensemble --out FILE MEMBER…`: the shipped weights from trained members — their tensors under
/// `members.K.` names (one member keeps plain names), the reading views, the threshold chosen on validation
/// writers by `ThresholdRule`, and the test figures, measured once, in the metadata.
struct EnsembleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ensemble",
        abstract: "Combine trained networks into one weights file; choose its reading threshold on validation writers and record its test figures.",
        discussion: """
            The threshold is the smallest at which validation writers' single digits (pendigits 21-25 and 15 % of the \
            writers of every UNIPEN lab but ced and tos) are misread at most --misread-budget of the time at 12, 16 and \
            20 rows. Test writers (UNIPEN labs ced and tos, pendigits 26-30) are read once, after that choice, and their \
            figures are written into the file and printed; nothing is chosen on them.
            """
    )

    @Argument(help: "Weights files of the members (single networks, e.g. from astro-lab train with different seeds).")
    var members: [String]

    @Option(help: "Weights file to write.") var out: String
    @Option(help: "pendigits-orig-tra.txt (validation and test writers).") var pendigits: String
    @Option(help: "UNIPEN folder (validation and test writers, and their letters).") var unipen: String
    @Option(help: "MNIST folder: the t10k test accuracy goes into the metadata.") var data: String
    @Option(help: "Reading views: extra rotations in degrees (6,-6), or none for upright only.") var rotations: String = "none"
    @Option(help: "Largest share of validation single digits misread at the chosen threshold.") var misreadBudget: Double = 0.003
    @Option(help: "Threads.") var threads: Int = 2
    @Flag(help: "Stop after the validation figures (for comparing candidates; the test is read only for the file that ships).")
    var validationOnly = false

    func validate() throws {
        guard !members.isEmpty, members.count <= 8 else { throw ValidationError("give 1 to 8 member files") }
        guard DigitNetwork.rotations(rotations) != nil else { throw ValidationError("--rotations: expected degrees like 6,-6, or none") }
        guard (0..<1).contains(misreadBudget) else { throw ValidationError("--misread-budget: expected a share in [0, 1)") }
    }

    /// At most `limit` letters, an even seeded draw over all of them: letters are many and each costs a full
    /// segmentation, and 3,000 give the accepted share within about ±0.8 points.
    static func sample(_ letters: [PenSample], limit: Int = 3000) -> [PenSample] {
        var rng = SeededGenerator(seed: 1)
        return Array(letters.shuffled(using: &rng).prefix(limit))
    }

    func run() throws {
        let files = try members.map { path -> SafetensorsFile in
            let file = try Safetensors.read(contentsOf: URL(fileURLWithPath: path))
            guard try DigitNetwork.memberFiles(of: file, source: path).count == 1 else {
                throw LabCommandError("\(path): already an ensemble; give single networks")
            }
            _ = try DigitNetwork(file: file, source: path)   // validates every tensor
            return file
        }
        var metadata = files[0].metadata
        for key in ["command", "seed", "epochs", "test_accuracy", "training_seconds", "validation_accuracy"] { metadata[key] = nil }
        metadata["members"] = "\(files.count)"
        for (k, file) in files.enumerated() {
            metadata["member_\(k)"] = "seed \(file.metadata["seed"] ?? "?"), \(file.metadata["epochs"] ?? "?") epochs, "
                + "MNIST test \(file.metadata["test_accuracy"] ?? "?"), \(file.metadata["training_seconds"] ?? "?") s: \(file.metadata["command"] ?? "?")"
        }
        metadata["ensemble_command"] = (["astro-lab"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        metadata[DigitNetwork.readingRotationsKey] = rotations
        let tensors = files.count == 1 ? files[0].tensors : DigitNetwork.ensembleTensors(of: files)
        var network = try DigitNetwork(file: SafetensorsFile(tensors: tensors, metadata: metadata), source: out)

        let split = WriterSplit.standard
        let penURL = URL(fileURLWithPath: pendigits), unipenURL = URL(fileURLWithPath: unipen)
        let validation = try HeldOutWriters.digits(role: .validation, split: split, pendigits: penURL, unipen: unipenURL, threads: threads)
        let validationLetters = Self.sample(try HeldOutWriters.nonDigitLetters(role: .validation, split: split, unipen: unipenURL, threads: threads))
        print("validation: \(validation.count) digits by \(Set(validation.map(\.writer)).count) writers, \(validationLetters.count) letters")
        let chosen = ReadingFigures(network: network, digits: validation, letters: validationLetters, rows: [12, 16, 20],
                                    answers: false)
        guard let threshold = ThresholdRule.choose([12, 16, 20].compactMap { chosen.digits[$0] }, misreadBudget: misreadBudget) else {
            throw LabCommandError("no threshold below 1 keeps validation misreads within \(misreadBudget)")
        }
        print("threshold \(String(format: "%.2f", threshold)) (validation, \(rotations == "none" ? "upright view" : "views \(rotations)"), \(files.count) member(s)):")
        print(chosen.summary(threshold: threshold))
        metadata[DigitNetwork.readingThresholdKey] = String(format: "%.2f", threshold)
        metadata["threshold_rule"] = "smallest threshold at which validation writers' single digits are misread at most "
            + String(format: "%.2f", misreadBudget * 100) + " % of the time at 12, 16 and 20 rows (" + split.summary + ")"
        metadata["validation_figures"] = chosen.summary(threshold: threshold).replacingOccurrences(of: "\n", with: " | ")

        if validationOnly {
            try Safetensors.write(tensors, metadata: metadata, to: URL(fileURLWithPath: out))
            print("wrote \(out) (validation only: no test figures)")
            return
        }
        // The test, read once with everything fixed.
        network = try DigitNetwork(file: SafetensorsFile(tensors: tensors, metadata: metadata), source: out)
        let test = try HeldOutWriters.digits(role: .test, split: split, pendigits: penURL, unipen: unipenURL, threads: threads)
        let testLetters = Self.sample(try HeldOutWriters.nonDigitLetters(role: .test, split: split, unipen: unipenURL, threads: threads))
        let figures = ReadingFigures(network: network, digits: test, letters: testLetters, rows: [12, 16, 20])
        let mnist = try MNIST.load(directory: URL(fileURLWithPath: data), split: .test)
        let evaluation = try Evaluation(network: network, images: mnist.images, labels: mnist.labels, threads: threads)
        print("test: \(test.count) digits by \(Set(test.map(\.writer)).count) writers, \(testLetters.count) letters; MNIST t10k "
              + String(format: "%.2f %%", evaluation.accuracy * 100))
        print(figures.summary(threshold: threshold))
        metadata["test_accuracy"] = String(format: "%.4f", evaluation.accuracy)
        metadata["test_figures"] = figures.summary(threshold: threshold).replacingOccurrences(of: "\n", with: " | ")
        try Safetensors.write(tensors, metadata: metadata, to: URL(fileURLWithPath: out))
        print("wrote \(out)")
    }
}
