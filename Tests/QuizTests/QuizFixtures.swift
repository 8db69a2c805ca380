import Foundation
@testable import Quiz

/// Paths and helpers shared by the quiz tests.
enum QuizFixtures {
    /// The repository's `Quizzes` folder, found from this file's path so tests run from anywhere.
    static let quizzesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // QuizTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Quizzes", isDirectory: true)

    static var shippedSetURLs: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: quizzesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { quizzesDirectory.appendingPathComponent($0) }
    }

    /// Parses `text` as a set named `x.toml`.
    static func parse(_ text: String) throws -> QuestionSet {
        try QuestionSet.parse(Array(text.utf8), file: "x.toml")
    }

    /// The problems `text` has, as printed lines; empty if it is a valid set.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch let error as QuestionSetError {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected error \(error)"]
        }
    }

    /// A valid header to put before the tables under test: three lines, so tables start on line 4.
    static let header = """
    title = "Test"
    description = "A set for tests."


    """
}
