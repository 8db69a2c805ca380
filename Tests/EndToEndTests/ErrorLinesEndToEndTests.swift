import Foundation
import XCTest

/// Error lines of both executables quote file names and file contents; none may reach the terminal raw.
final class ErrorLinesEndToEndTests: XCTestCase {
    private func run(_ binary: BuiltBinary, _ arguments: [String]) throws -> RecordsProcess {
        let process = try RecordsProcess(binary, arguments)
        process.waitUntilExit()
        return process
    }

    func testFileNamesWithEscapeSequencesAreShownInErrors() throws {
        let name = "/tmp/astro-\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let cases: [(BuiltBinary, [String])] = [
            (.product, ["quiz", "show", name + ".toml"]),
            (.product, ["quiz", "check", name + ".toml"]),
            (.product, ["report", "--db", name + ".sqlite"]),
            (.lab, ["eval", "--weights", name + ".safetensors", "--data", "/nonexistent"]),
        ]
        for (binary, arguments) in cases {
            let process = try run(binary, arguments)
            XCTAssertNotEqual(process.status, 0, arguments.joined(separator: " "))
            let all = process.standardOutput + process.standardError
            XCTAssertTrue(all.contains("/tmp/astro-^[]0;pwned^G^[[2J"), all)
            XCTAssertFalse(all.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, all)
        }
    }
}
