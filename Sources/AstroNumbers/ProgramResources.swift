import CNN
import Foundation
import Quiz

/// The one place that finds the program's own files: the network's weights (`Weights/astro-cnn-v1.safetensors`),
/// the question sets (`Quizzes/`) and the message catalogues (`Messages/`). Each is looked for in the current directory, then in the running
/// executable's folder, its installation prefix's `share/astro-numbers` (`../share/astro-numbers` beside
/// `bin/`, so an unpacked package works from any folder), every folder above the executable, and last
/// `/usr/share/astro-numbers`. So `swift run` from the repository, `.build/release/astro-numbers` and an
/// installed `/usr/bin/astro-numbers` all find the files shipped with them. A class's own sets live in a
/// folder the teacher names with `$ASTRO_NUMBERS_QUIZZES`. The libraries never search: they take the URLs
/// they are given.
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
    /// The message catalogues' folder (`en.toml`, `es.toml`…), relative to a folder searched.
    public static let messagesPath = "Messages"
    /// The environment variable that names a class's own question sets' folder (listed beside the shipped ones).
    public static let classQuizzesVariable = "ASTRO_NUMBERS_QUIZZES"
    /// Where a package installs the shared files, relative to the installation prefix (`/usr`).
    public static let sharePath = "share/astro-numbers"
    /// The shared files of a system-wide installation, searched last.
    public static let systemShare = URL(fileURLWithPath: "/usr/share/astro-numbers", isDirectory: true)

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

    /// The first `Messages` folder found; nil when there is none.
    public func messages() -> URL? {
        find(Self.messagesPath, directory: true)
    }

    /// `$ASTRO_NUMBERS_QUIZZES`, the folder of a class's own sets, if set; nil otherwise. It is not searched
    /// for, so a mistyped folder is reported rather than silently replaced by the shipped one.
    public func classQuizzes() -> URL? {
        guard let path = environment[Self.classQuizzesVariable], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true, relativeTo: URL(fileURLWithPath: currentDirectory.path, isDirectory: true))
    }

    /// The set a teacher names with `--quiz`: the path itself when it exists (relative to the current
    /// directory); else, for a bare file name such as `times-table-5.toml`, that set in the class's folder
    /// (``classQuizzes()``) or the shipped `Quizzes` folder, so an installed program plays its sets from any
    /// folder; else the path as given, so the error that follows names what the teacher typed.
    public func quiz(named name: String) -> URL {
        let current = URL(fileURLWithPath: currentDirectory.path, isDirectory: true)
        let given = URL(fileURLWithPath: name, relativeTo: current)
        guard !FileManager.default.fileExists(atPath: given.path), !name.contains("/") else { return given }
        let folders = [classQuizzes(), quizzes()].compactMap { $0 }
        return folders.map { $0.appendingPathComponent(name, isDirectory: false) }
            .first { FileManager.default.fileExists(atPath: $0.path) } ?? given
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

    /// The current directory, the executable's folder, its prefix's `share/astro-numbers`, each folder
    /// above the executable's, then `/usr/share/astro-numbers`.
    public func searchedFolders() -> [URL] {
        var folders = [currentDirectory]
        if var folder = executable?.deletingLastPathComponent() {
            folders.append(folder)
            // bin/astro-numbers -> share/astro-numbers: the layout of a package, installed or unpacked.
            folders.append(folder.deletingLastPathComponent().appendingPathComponent(Self.sharePath, isDirectory: true))
            while folder.path != "/" && !folder.path.isEmpty {
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folders.append(parent)
                folder = parent
            }
        }
        folders.append(Self.systemShare)
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
    public static func messages() -> URL? { process.messages() }
    public static func defaultQuiz() -> URL? { process.defaultQuiz() }
    public static func classQuizzes() -> URL? { process.classQuizzes() }
    public static func quiz(named name: String) -> URL { process.quiz(named: name) }
}
