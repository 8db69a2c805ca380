import Foundation
import XCTest

/// The two executables' command sets: the classroom's `astro-numbers` holds what a lesson needs and links
/// neither the trainer nor the lab; `astro-lab` holds the lab's tools.
final class CommandsEndToEndTests: XCTestCase {
    /// Runs `binary arguments…` and returns its exit status and output (standard error included).
    private func run(_ binary: BuiltBinary, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: binary.url.path) else {
            throw XCTSkip("\(binary.name) not built at \(binary.url.path)")
        }
        let process = Process()
        process.executableURL = binary.url
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func help(_ binary: BuiltBinary) throws -> String {
        let (status, output) = try run(binary, ["--help"])
        XCTAssertEqual(status, 0)
        return output
    }

    /// The subcommand names listed under SUBCOMMANDS in `--help` (indented by two; wrapped abstracts by more).
    private func subcommands(_ help: String) -> Set<String> {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return Set(lines[(start + 1)...].prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    func testTheClassroomBinaryHasTheLessonCommandsOnly() throws {
        XCTAssertEqual(subcommands(try help(.product)), ["play", "pad", "quiz", "report", "class", "recognize"])
        // Swift symbols carry their module's name: `$s8Training…`, `$s3Lab…`.
        let binary = try Data(contentsOf: BuiltBinary.product.url)
        XCTAssertNil(binary.range(of: Data("$s8Training".utf8)), "astro-numbers links the trainer")
        XCTAssertNil(binary.range(of: Data("$s3Lab".utf8)), "astro-numbers links the lab")
    }

    func testTheLabBinaryHasTheLabCommands() throws {
        XCTAssertEqual(subcommands(try help(.lab)),
                       ["train", "ensemble", "eval", "bench", "pen-bench", "tune-segmentation", "play-bench", "data", "records-stress",
                        "class-bench"])
        let binary = try Data(contentsOf: BuiltBinary.lab.url)
        XCTAssertNotNil(binary.range(of: Data("$s8Training".utf8)), "the symbol check above would not see the trainer")
    }

    /// The trainer checks its options in its own terms; the command names its own flags.
    func testTrainNamesItsFlagsInItsErrors() throws {
        for (arguments, message) in [(["--epochs", "0"], "--epochs must be at least 1"),
                                     (["--weight-average", "1.5"], "--weight-average must be in [0, 1)"),
                                     (["--pen-copies", "0"], "--pen-copies must be at least 1"),
                                     (["--pen-holdout-writers", "23-x"], "--pen-holdout-writers: '23-x' is not a writer number or range like 23-30")] {
            let (status, output) = try run(.lab, ["train", "--data", "/nonexistent", "--out", "/nonexistent/w.safetensors"] + arguments)
            XCTAssertNotEqual(status, 0, output)
            XCTAssertTrue(output.contains(message), output)
            XCTAssertEqual(output.split(separator: "\n").filter { $0.hasPrefix("Error:") }.count, 1, output)
        }
    }
}
