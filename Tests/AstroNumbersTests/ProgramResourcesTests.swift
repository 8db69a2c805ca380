import Foundation
import XCTest
@testable import AstroNumbers
import EnglishCatalogue

/// Finding the shipped weights and question sets: the environment first, then the current directory, then
/// the executable's folder and the folders above it.
final class ProgramResourcesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        EnglishMessages.install()
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
        XCTAssertEqual(resources.searchedFolders().map(\.path).prefix(4),
                       [folder.path, folder.appendingPathComponent("opt/bin").path,
                        folder.appendingPathComponent("opt/share/astro-numbers").path, folder.appendingPathComponent("opt").path])
        XCTAssertEqual(resources.searchedFolders().last?.path, "/usr/share/astro-numbers", "a system-wide installation is searched last")
    }

    func testAnUnpackedPackageFindsItsSharedFilesFromAnywhere() throws {
        // The Debian package's layout, unpacked anywhere (dpkg -x): usr/bin beside usr/share/astro-numbers.
        try make("pkg/usr/share/astro-numbers/Weights/astro-cnn-v1.safetensors")
        try make("pkg/usr/share/astro-numbers/Quizzes/default.toml")
        try make("pkg/usr/bin", directory: true)
        try make("home", directory: true)
        let resources = ProgramResources(environment: [:], currentDirectory: folder.appendingPathComponent("home"),
                                         executable: folder.appendingPathComponent("pkg/usr/bin/astro-numbers"))
        let share = folder.appendingPathComponent("pkg/usr/share/astro-numbers")
        XCTAssertEqual(resources.weights()?.path, share.appendingPathComponent("Weights/astro-cnn-v1.safetensors").path)
        XCTAssertEqual(resources.quizzes()?.path, share.appendingPathComponent("Quizzes").path)
        XCTAssertEqual(resources.defaultQuiz()?.path, share.appendingPathComponent("Quizzes/default.toml").path)
        var overridden = resources
        overridden.environment = ["ASTRO_NUMBERS_WEIGHTS": "/elsewhere/w.safetensors"]
        XCTAssertEqual(overridden.weights()?.path, "/elsewhere/w.safetensors", "the variable still wins over an installation")
    }

    func testAClassFolderIsNamedByTheEnvironmentAndNeverSearchedFor() throws {
        try make("home/class-4b", directory: true)
        var resources = ProgramResources(environment: [:], currentDirectory: folder.appendingPathComponent("home"), executable: nil)
        XCTAssertNil(resources.classQuizzes())
        resources.environment = ["ASTRO_NUMBERS_QUIZZES": ""]
        XCTAssertNil(resources.classQuizzes(), "an empty variable is unset")
        resources.environment = ["ASTRO_NUMBERS_QUIZZES": "class-4b"]
        XCTAssertEqual(resources.classQuizzes()?.path, folder.appendingPathComponent("home/class-4b").path)
        resources.environment = ["ASTRO_NUMBERS_QUIZZES": "/nowhere/class"]
        XCTAssertEqual(resources.classQuizzes()?.path, "/nowhere/class", "a missing folder is returned, to be reported")
    }

    func testASetIsNamedByPathOrByFileNameInTheClassOrShippedFolder() throws {
        try make("pkg/usr/share/astro-numbers/Quizzes/times-table-5.toml")
        try make("pkg/usr/share/astro-numbers/Quizzes/fractions.toml")
        try make("home/class/fractions.toml")
        try make("home/mine.toml")
        let resources = ProgramResources(environment: ["ASTRO_NUMBERS_QUIZZES": "class"],
                                         currentDirectory: folder.appendingPathComponent("home"),
                                         executable: folder.appendingPathComponent("pkg/usr/bin/astro-numbers"))
        XCTAssertEqual(resources.quiz(named: "mine.toml").path, folder.appendingPathComponent("home/mine.toml").path)
        XCTAssertEqual(resources.quiz(named: "mine.toml").relativePath, "mine.toml", "a set in the current folder keeps its short name")
        XCTAssertEqual(resources.quiz(named: "times-table-5.toml").path,
                       folder.appendingPathComponent("pkg/usr/share/astro-numbers/Quizzes/times-table-5.toml").path)
        XCTAssertEqual(resources.quiz(named: "fractions.toml").path, folder.appendingPathComponent("home/class/fractions.toml").path,
                       "the class's own set comes before a shipped one of the same name")
        XCTAssertEqual(resources.quiz(named: "nosuch.toml").path, folder.appendingPathComponent("home/nosuch.toml").path,
                       "an unknown name stays as typed, so the error names it")
        XCTAssertEqual(resources.quiz(named: "sub/times-table-5.toml").path, folder.appendingPathComponent("home/sub/times-table-5.toml").path,
                       "a path is never looked up elsewhere")
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
