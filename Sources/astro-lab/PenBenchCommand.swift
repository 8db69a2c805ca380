import ArgumentParser
import Foundation
import CNN
import Ink
import Lab
import Training

/// `astro-lab pen-bench --pendigits FILE [--rows 16] [--writers LIST]`: reading figures on pen data.
struct PenBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pen-bench",
        abstract: "Replay UNIPEN pen digits as terminal drawings and print the shares read right, misread and unreadable."
    )

    @Option(name: .long, help: "UNIPEN file (pendigits-orig-tra.txt).")
    var pendigits: String

    @Option(name: .long, help: "UNIPEN folder: with --split, its writers of that role join the pendigits ones, and their letters are read as non-digits.")
    var unipen: String?

    @Option(name: .long, help: "validation or test: the writers of that role (WriterSplit: test = UNIPEN labs ced and tos and pendigits 26-30), instead of --writers.")
    var split: String?

    @Option(name: .long, help: "Canvas height in rows.")
    var rows: Int = 16

    @Option(name: .long, help: "Writers to use, e.g. 23-30 or 1,4,7-9 (default: the weights' pen_holdout_writers, else all).")
    var writers: String?

    @Option(name: .long, help: "Weights file (default: $ASTRO_NUMBERS_WEIGHTS or Weights/astro-cnn-v1.safetensors).")
    var weights: String?

    @Option(name: .long, help: "Confidence threshold (default: the weights file's reading_threshold).")
    var threshold: Float?

    @Flag(name: .long, help: "Also print the figures for thresholds from 0 to 0.99, to choose the threshold from.")
    var sweep = false

    @Flag(name: .long, help: "Also draw every single digit not read right, with what was read.")
    var showMisses = false

    @Option(name: .long, help: "Reading views instead of the standard ones: extra rotations in degrees, e.g. 4,-4, or none for upright only.")
    var rotations: String?

    @Option(name: .long, help: "Gaps between the digits of 2- and 3-digit answers, in digit heights, e.g. 0,0.1 (default: 0,0.03,0.0625,0.1,0.2,0.3).")
    var gaps: String?

    func validate() throws {
        guard (4...1000).contains(rows) else { throw ValidationError("--rows: expected 4 to 1000, got \(rows)") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("--threshold: expected 0 to 1") }
        if let writers { _ = try Self.writerSet(writers, from: "--writers") }
        if let rotations { _ = try Self.angles(rotations) }
        if let gaps { _ = try Self.gapList(gaps) }
    }

    /// Parses `0,0.1,0.3` (digit heights, 0 to 2).
    static func gapList(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil && (0...2).contains($0!) }) else {
            throw ValidationError("--gaps: expected digit heights from 0 to 2 like 0,0.1,0.3; got \"\(text)\"")
        }
        return Array(Set(parts.map { $0! })).sorted()
    }

    /// Parses `4,-4` (degrees) or `none`.
    static func angles(_ text: String) throws -> [Double] {
        if text == "none" { return [] }
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil && abs($0!) <= 45 }) else {
            throw ValidationError("--rotations: expected degrees between -45 and 45 like 6,-6, or none; got \"\(text)\"")
        }
        return parts.map { $0! }
    }

    func run() throws {
        let network = try LabWeights.network(weights)
        let threshold = self.threshold ?? network.readingThreshold
        if let split {
            guard let role = WriterSplit.Role(rawValue: split), role != .training else {
                throw ValidationError("--split: expected validation or test, got \"\(split)\"")
            }
            guard writers == nil else { throw ValidationError("--split and --writers choose writers in two ways; give one") }
            try runSplit(role, network: network, threshold: threshold)
            return
        }
        var samples = try PenDigits.read(contentsOf: URL(fileURLWithPath: pendigits))
        // Default: the writers the weights' trainer held out (metadata `pen_holdout_writers`), so the figures
        // measure reading, not memory.
        let heldOut = network.metadata["pen_holdout_writers"].flatMap { $0.isEmpty ? nil : $0 }
        let chosenText = writers ?? heldOut
        if let chosenText {
            let chosen = try Self.writerSet(chosenText, from: writers != nil ? "--writers" : "\(network.source): pen_holdout_writers")
            samples = samples.filter { chosen.contains($0.writer) }
        }
        guard !samples.isEmpty else { throw LabCommandError("\(pendigits): no digits by the chosen writers") }
        let settings = try readingSettings(network)
        let bench = PenBench(samples: samples, canvasRows: rows, classifier: network, settings: settings,
                             gaps: try gaps.map(Self.gapList) ?? PenBench.standardGaps)
        let writerCount = Set(samples.map(\.writer)).count
        let which = writers ?? heldOut.map { "\($0), held out by the weights" } ?? "all"
        print("pen-bench: \(samples.count) digits by \(writerCount) writers (\(which)), weights \(network.source)")
        print(bench.report(threshold: threshold))
        if showMisses { print("\n" + bench.misses(threshold: threshold)) }
        if sweep {
            let grid: [Float] = [0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]
            print(bench.sweep(thresholds: grid))
            let fine = (0...99).map { Float($0) / 100 }
            let budget = bench.smallestThreshold(misreadBudget: 0.005, candidates: fine).map { String(format: "%.2f", $0) } ?? "none"
            print("smallest threshold with at most 0.5% of single digits misread: \(budget)")
        }
    }

    /// The weights file's reading views, or `--rotations`.
    func readingSettings(_ network: DigitNetwork) throws -> InkSettings {
        var settings = network.readingSettings
        if let rotations { settings.readingRotations = try Self.angles(rotations) }
        return settings
    }

    /// `--split`: the writers of one role, pendigits and (with `--unipen`) UNIPEN, and their non-digit letters.
    func runSplit(_ role: WriterSplit.Role, network: DigitNetwork, threshold: Float) throws {
        let unipenURL = unipen.map { URL(fileURLWithPath: $0) }
        let samples = try HeldOutWriters.digits(role: role, split: .standard, pendigits: URL(fileURLWithPath: pendigits), unipen: unipenURL)
        let letters = try unipenURL.map { try HeldOutWriters.nonDigitLetters(role: role, split: .standard, unipen: $0) } ?? []
        let settings = try readingSettings(network)
        let bench = PenBench(samples: samples, canvasRows: rows, classifier: network, settings: settings,
                             gaps: try gaps.map(Self.gapList) ?? PenBench.standardGaps)
        print("pen-bench: \(samples.count) digits by \(Set(samples.map(\.writer)).count) \(role.rawValue) writers "
              + "(\(WriterSplit.standard.summary)), weights \(network.source)")
        print(bench.report(threshold: threshold))
        if !letters.isEmpty {
            let nonDigits = NonDigitBench(samples: letters, canvasRows: rows, classifier: network, settings: settings)
            print(String(format: "non-digit letters accepted as a number: %.2f %% of %d", nonDigits.acceptedShare(threshold: threshold) * 100, nonDigits.count))
        }
        if showMisses { print("\n" + bench.misses(threshold: threshold)) }
    }

    /// The writers of a list like `23-30` or `1,4,7-9`; `source` (the flag or the weights' metadata) names
    /// where a bad list came from.
    static func writerSet(_ text: String, from source: String) throws -> Set<Int> {
        let writers: [Int]
        do {
            writers = try WriterList.parse(text)
        } catch let error as WriterListError {
            throw ValidationError("\(source): \(error)")
        }
        guard !writers.isEmpty else { throw ValidationError("\(source): empty list") }
        return Set(writers)
    }
}
