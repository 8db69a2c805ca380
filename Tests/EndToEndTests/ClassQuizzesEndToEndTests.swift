import Foundation
import XCTest

/// A class's own question sets as a teacher uses them from the docs: a folder named by
/// `ASTRO_NUMBERS_QUIZZES`, listed by `quiz list` beside the shipped sets, and a set named by its file name
/// alone from any folder (`quiz show NAME`, the same lookup `play --quiz NAME` uses).
final class ClassQuizzesEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: BuiltBinary.product.url.path) else {
            throw XCTSkip("astro-numbers not built at \(BuiltBinary.product.url.path)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("class-quizzes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("class-4b"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try """
            title = "Class 4B's doubles"
            description = "Six and six."
            [[generate]]
            op = "+"
            left = 6
            right = 6
            count = 1
            """.write(to: folder.appendingPathComponent("class-4b/doubles.toml"), atomically: true, encoding: .utf8)
    }

    override func tearDown() { if let folder { try? FileManager.default.removeItem(at: folder) } }

    /// Runs the product in `elsewhere/` (no Quizzes there: the shipped sets are found from the executable).
    private func run(_ arguments: [String], classFolder: String?) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = BuiltBinary.product.url
        process.arguments = arguments
        process.currentDirectoryURL = folder.appendingPathComponent("elsewhere")
        var environment = ProcessInfo.processInfo.environment
        environment["ASTRO_NUMBERS_QUIZZES"] = classFolder
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testQuizListShowsTheShippedSetsAndTheClasssOwn() throws {
        let alone = try run(["quiz", "list"], classFolder: nil)
        XCTAssertEqual(alone.status, 0, alone.output)
        XCTAssertTrue(alone.output.contains("default.toml"), alone.output)
        XCTAssertFalse(alone.output.contains("doubles.toml"), alone.output)

        let both = try run(["quiz", "list"], classFolder: folder.appendingPathComponent("class-4b").path)
        XCTAssertEqual(both.status, 0, both.output)
        let lines = both.output.split(separator: "\n").map(String.init)
        let shipped = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Shipped sets (") }, both.output)
        let own = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Class sets ($ASTRO_NUMBERS_QUIZZES = ") }, both.output)
        XCTAssertTrue(lines[shipped..<own].contains { $0.hasPrefix("default.toml ") }, both.output)
        XCTAssertEqual(lines[(own + 1)...].first, "doubles.toml  Class 4B's doubles (1 question)")
    }

    func testASetIsNamedByItsFileNameFromAnyFolder() throws {
        let classFolder = folder.appendingPathComponent("class-4b").path
        let own = try run(["quiz", "show", "doubles.toml", "--seed", "1"], classFolder: classFolder)
        XCTAssertEqual(own.status, 0, own.output)
        XCTAssertTrue(own.output.contains("6 + 6 = ?"), own.output)
        let shipped = try run(["quiz", "show", "times-table-5.toml", "--seed", "1"], classFolder: classFolder)
        XCTAssertEqual(shipped.status, 0, shipped.output)
        XCTAssertTrue(shipped.output.hasPrefix("The 5 times table ("), shipped.output)
        let unknown = try run(["quiz", "show", "nosuch.toml"], classFolder: classFolder)
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.output.contains("nosuch.toml: no such file"), unknown.output)
    }

    func testAMissingClassFolderIsNamedInOneLine() throws {
        let result = try run(["quiz", "list"], classFolder: folder.appendingPathComponent("nope").path)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("nope: cannot list this folder"), result.output)
    }
}
