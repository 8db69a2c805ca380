import ArgumentParser
import AstroNumbers
import CNN
import Foundation
import Ink
import Messages

/// `astro-numbers recognize [--weights FILE] [INPUT]`: reads drawings as JSON Lines and answers each line.
struct RecognizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognize",
        abstract: tr("help.recognize"),
        discussion: """
            Input line:  {"canvas":{"cols":48,"rows":16,"cellAspect":2.0},"strokes":[[[col,row],...],...]}
            Output line: {"answer":"15","readable":true,"digits":[{"digit":1,"probability":0.993,"top":[[1,0.993],...]},...]}
            """ + "\n" + tr("help.recognize.errors")
    )

    @OptionGroup var languageOption: LanguageOption

    @Option(name: .long, help: ArgumentHelp(tr("help.recognize.weights")))
    var weights: String?

    @Argument(help: ArgumentHelp(tr("help.recognize.input")))
    var input: String = "-"

    func run() throws {
        let network = try WeightsOption.network(weights)
        let descriptor = input == "-" ? STDIN_FILENO : open(input, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InkCommandError(tr("recognize.cannot-read-file", ["file": input, "reason": Self.lastError()])) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        // Each answer goes out as soon as its line has arrived (a co-process writes one drawing and waits);
        // lines that arrive together are read in one batch. Memory stays bounded whatever the input.
        var stream = DrawingLineStream(recognizer: Recognizer(classifier: network, threshold: network.readingThreshold,
                                                                settings: network.readingSettings))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InkCommandError(tr("recognize.cannot-read", ["file": input == "-" ? tr("recognize.standard-input") : input, "reason": Self.lastError()]))
            }
            if count == 0 { break }
            try Self.writeOut(stream.feed(buffer[0..<count]))
        }
        try Self.writeOut(stream.finish())
        if stream.failed > 0 { throw ExitCode(1) }
    }

    /// Writes to standard output unbuffered, so the reader gets each answer at once.
    private static func writeOut(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // The reader went away (a closed pipe with SIGPIPE ignored): nothing more to say to anyone.
                throw ExitCode(1)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
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
            throw InkCommandError(tr("recognize.no-weights"))
        }
        return try DigitNetwork(contentsOf: url)
    }
}

/// A one-line failure of `recognize` (ArgumentParser prints `Error: <description>`, exit 1).
struct InkCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
