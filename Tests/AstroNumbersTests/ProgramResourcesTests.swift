import Foundation
import XCTest
@testable import AstroNumbers

/// Finding the shipped weights and question sets: the environment first, then the current directory, then
/// the executable's folder and the folders above it.
final class ProgramResourcesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func make(_ relativePath: String, directory: Bool = false) throws {
        let url = folder.appendingPathComponent(relativePath)
        if directory {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data()))
        }
    }

    func testTheEnvironmentNamesTheWeightsBeforeAnyFolder() throws {
        try make("Weights/astro-cnn-v1.safetensors")
        var resources = ProgramResources(environment: [:], currentDirectory: folder, executable: nil)
        XCTAssertEqual(resources.weights()?.path, folder.appendingPathComponent("Weights/astro-cnn-v1.safetensors").path)
        resources.environment = ["ASTRO_NUMBERS_WEIGHTS": "/elsewhere/w.safetensors"]
        XCTAssertEqual(resources.weights()?.path, "/elsewhere/w.safetensors")
        resources.environment = ["ASTRO_NUMBERS_WEIGHTS": ""]
        XCTAssertEqual(resources.weights()?.lastPathComponent, "astro-cnn-v1.safetensors", "an empty variable is unset")
    }

    func testFilesBesideAnInstalledExecutableAreFoundFromAnywhere() throws {
        // An installation: /opt/astro/bin/astro-numbers with /opt/astro/Weights and /opt/astro/Quizzes.
        try make("opt/astro/Weights/astro-cnn-v1.safetensors")
        try make("opt/astro/Quizzes/default.toml")
        try make("elsewhere", directory: true)
        let resources = ProgramResources(environment: [:], currentDirectory: folder.appendingPathComponent("elsewhere"),
                                         executable: folder.appendingPathComponent("opt/astro/bin/astro-numbers"))
        XCTAssertEqual(resources.weights()?.path, folder.appendingPathComponent("opt/astro/Weights/astro-cnn-v1.safetensors").path)
        XCTAssertEqual(resources.quizzes()?.path, folder.appendingPathComponent("opt/astro/Quizzes").path)
        XCTAssertEqual(resources.defaultQuiz()?.path, folder.appendingPathComponent("opt/astro/Quizzes/default.toml").path)
        XCTAssertNil(ProgramResources(environment: [:], currentDirectory: folder.appendingPathComponent("elsewhere"), executable: nil).weights())
    }

    func testTheCurrentDirectoryComesFirstAndKeepsNamesShort() throws {
        try make("Quizzes/default.toml")
        try make("opt/Quizzes/default.toml")
        let resources = ProgramResources(environment: [:], currentDirectory: folder,
                                         executable: folder.appendingPathComponent("opt/bin/astro-numbers"))
        let quiz = try XCTUnwrap(resources.defaultQuiz())
        XCTAssertEqual(quiz.relativePath, "Quizzes/default.toml", "records and messages name the set as the teacher sees it")
        XCTAssertEqual(quiz.path, folder.appendingPathComponent("Quizzes/default.toml").path)
        XCTAssertEqual(resources.searchedFolders().map(\.path).prefix(3),
                       [folder.path, folder.appendingPathComponent("opt/bin").path, folder.appendingPathComponent("opt").path])
    }

    func testAFileIsNotTakenForTheQuizzesFolder() throws {
        try make("Quizzes")
        XCTAssertNil(ProgramResources(environment: [:], currentDirectory: folder, executable: nil).quizzes())
    }

    func testTheRepositoryFindsItsShippedFiles() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let resources = ProgramResources(environment: [:], currentDirectory: repository, executable: nil)
        XCTAssertEqual(resources.defaultQuiz()?.relativePath, "Quizzes/default.toml")
        XCTAssertNotNil(resources.weights())
    }
}
