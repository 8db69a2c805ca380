import ArgumentParser
import AstroNumbers
import CNN
import Foundation

/// The weights file the lab commands use: `--weights` if given, else `ProgramResources.weights()`.
enum LabWeights {
    static func url(_ path: String?) throws -> URL {
        if let path { return URL(fileURLWithPath: path) }
        guard let found = ProgramResources.weights() else {
            throw ValidationError("no weights found: pass --weights FILE, set ASTRO_NUMBERS_WEIGHTS, or add Weights/astro-cnn-v1.safetensors")
        }
        return found
    }

    static func network(_ path: String?) throws -> DigitNetwork {
        try DigitNetwork(contentsOf: url(path))
    }
}

/// A one-line failure of a lab command (ArgumentParser prints `Error: <description>`, exit 1).
struct LabCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
