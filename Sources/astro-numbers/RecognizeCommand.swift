import ArgumentParser
import AstroNumbers
import CNN
import Foundation
import Ink

/// `astro-numbers recognize [--weights FILE] [INPUT]`: reads drawings as JSON Lines and answers each line.
struct RecognizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognize",
        abstract: "Read drawings (JSON Lines, one per line) and print one reading per line.",
        discussion: """
            Input line:  {"canvas":{"cols":48,"rows":16,"cellAspect":2.0},"strokes":[[[col,row],...],...]}
            Output line: {"answer":"15","readable":true,"digits":[{"digit":1,"probability":0.993,"top":[[1,0.993],...]},...]}
            A malformed line gives {"error":"line N: ..."}; the exit status is 1 if any line failed.
            """
    )

    @Option(name: .long, help: "Weights file (default: $ASTRO_NUMBERS_WEIGHTS or Weights/astro-cnn-v1.safetensors).")
    var weights: String?

    @Argument(help: "JSON Lines file, or - for standard input.")
    var input: String = "-"

    func run() throws {
        let network = try WeightsOption.network(weights)
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: input) else {
                throw InkCommandError("\(input): cannot read the file")
            }
            data = d
        }
        let text = String(decoding: data, as: UTF8.self)
        let (lines, failed) = DrawingJSON.answers(to: text, using: Recognizer(classifier: network))
        var out = lines.joined(separator: "\n")
        if !lines.isEmpty { out += "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Finding and loading the network for the Ink commands.
enum WeightsOption {
    static func network(_ path: String?) throws -> DigitNetwork {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else if let found = ProgramResources.weights() {
            url = found
        } else {
            throw InkCommandError("no weights found: pass --weights FILE or set ASTRO_NUMBERS_WEIGHTS")
        }
        return try DigitNetwork(contentsOf: url)
    }
}

/// A one-line failure of `recognize` (ArgumentParser prints `Error: <description>`, exit 1).
struct InkCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
