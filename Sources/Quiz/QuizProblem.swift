/// One thing wrong in a set file, named the way a teacher can find it:
/// `Quizzes/x.toml:14: generate[2].right: range [10, 5] is empty`.
///
/// `generate[2]` is the second `[[generate]]` table of the file (counting from 1), and
/// `question[3].ask` the `ask` key of the third `[[question]]`. The line is there whenever
/// the key can be found in the file.
public struct QuizProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the teacher named it (for example `Quizzes/x.toml`).
    public let file: String
    /// The 1-based line of the key in the file, when known.
    public let line: Int?
    /// The key path, such as `settings.questions` or `generate[2].right`; empty for the whole file.
    public let path: String
    /// What is wrong, in plain words.
    public let message: String

    public init(file: String, line: Int?, path: String, message: String) {
        self.file = file
        self.line = line
        self.path = path
        self.message = message
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}

/// A set file that cannot be used, with every problem found in it (one per line of ``description``).
///
/// ```swift
/// do { _ = try QuestionSet.load(contentsOf: url) }
/// catch let error as QuestionSetError { error.problems.forEach { print($0) } }
/// ```
public struct QuestionSetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as the teacher named it.
    public let file: String
    /// Every problem, in the order of the file; never empty.
    public let problems: [QuizProblem]

    public init(file: String, problems: [QuizProblem]) {
        self.file = file
        self.problems = problems
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
