import CNN
import Foundation
import Quiz

/// The one place that finds the program's own files: the network's weights (`Weights/astro-cnn-v1.safetensors`)
/// and the question sets (`Quizzes/`). Each is looked for in the current directory, then in the running
/// executable's folder and every folder above it, so both `swift run` from the repository and an installed
/// `.build/release/astro-numbers` find the files shipped beside them. The libraries never search: they take
/// the URLs they are given.
///
/// ```swift
/// guard let weights = ProgramResources.weights() else { throw PlayError.noWeights }
/// let set = try QuestionSet.load(contentsOf: ProgramResources.defaultQuiz()!)
/// ```
public struct ProgramResources: Sendable {
    /// The environment variable that names a weights file instead of the shipped one.
    public static let weightsVariable = "ASTRO_NUMBERS_WEIGHTS"
    /// The shipped weights, relative to a folder searched.
    public static let weightsPath = "Weights/\(AstroCNNv1.name).safetensors"
    /// The question sets' folder, relative to a folder searched.
    public static let quizzesPath = "Quizzes"

    /// The environment read for ``weightsVariable``.
    public var environment: [String: String]
    /// The first folder searched (names found there stay relative to it, e.g. `Quizzes/default.toml`).
    public var currentDirectory: URL
    /// The running executable; its folder and every folder above it are searched after the current one.
    public var executable: URL?

    /// The resources of this process: its environment, working directory and executable.
    public static var process: ProgramResources {
        ProgramResources(environment: ProcessInfo.processInfo.environment,
                         currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
                         executable: runningExecutable())
    }

    public init(environment: [String: String], currentDirectory: URL, executable: URL?) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executable = executable
    }

    /// `$ASTRO_NUMBERS_WEIGHTS` if set, else the first ``weightsPath`` found; nil when there is none.
    public func weights() -> URL? {
        if let path = environment[Self.weightsVariable], !path.isEmpty { return URL(fileURLWithPath: path) }
        return find(Self.weightsPath, directory: false)
    }

    /// The first `Quizzes` folder found; nil when there is none.
    public func quizzes() -> URL? {
        find(Self.quizzesPath, directory: true)
    }

    /// `Quizzes/default.toml` in the first folder searched that has one; nil when none has.
    public func defaultQuiz() -> URL? {
        find(Self.quizzesPath + "/" + QuestionSet.defaultFileName, directory: false)
    }

    /// The first `relativePath` that exists (as a folder when `directory`) in the folders searched. Found in
    /// the current directory, the URL stays relative to it (its `relativePath` is `relativePath`), so
    /// messages and records name a set as the teacher sees it; found elsewhere, it is absolute.
    public func find(_ relativePath: String, directory: Bool) -> URL? {
        let current = URL(fileURLWithPath: currentDirectory.path, isDirectory: true)
        let candidates = [URL(fileURLWithPath: relativePath, isDirectory: directory, relativeTo: current)]
            + searchedFolders().dropFirst().map { $0.appendingPathComponent(relativePath, isDirectory: directory) }
        return candidates
            .first { url in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue == directory
            }
    }

    /// The current directory, then the executable's folder and each folder above it.
    public func searchedFolders() -> [URL] {
        var folders = [currentDirectory]
        guard var folder = executable?.deletingLastPathComponent() else { return folders }
        while true {
            folders.append(folder)
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || folder.path == "/" || folder.path.isEmpty { break }
            folder = parent
        }
        return folders
    }

    /// The executable with symbolic links resolved (`/proc/self/exe` on Linux, else the main bundle's).
    private static func runningExecutable() -> URL? {
        let procLink = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: procLink.path) { return procLink.resolvingSymlinksInPath() }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}

/// The program's resources as this process finds them.
///
/// ```swift
/// if let url = ProgramResources.weights() { network = try DigitNetwork(contentsOf: url) }
/// ```
extension ProgramResources {
    public static func weights() -> URL? { process.weights() }
    public static func quizzes() -> URL? { process.quizzes() }
    public static func defaultQuiz() -> URL? { process.defaultQuiz() }
}
