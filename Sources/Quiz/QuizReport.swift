import Foundation
import Messages
import SafeOutput

/// The text of the `astro-numbers quiz` commands, kept here so it is tested without a terminal. Every line
/// goes through `TerminalText.visible`: a title, a key or a file name with escape sequences in it is shown,
/// never sent to the terminal.
///
/// ```swift
/// let result = QuizReport.check([URL(fileURLWithPath: "Quizzes/default.toml")])
/// print(result.text)                  // "Quizzes/default.toml: ok, "Sums and differences to 10", 10 questions"
/// exit(result.allValid ? 0 : 1)
/// ```
public enum QuizReport {
    /// What `quiz check` prints and whether every file was valid.
    public struct CheckResult: Hashable, Sendable {
        /// One line per valid file, one line per problem of an invalid file, in the order of the files.
        public let lines: [String]
        /// The lines of valid files (`quiz check` prints them on standard output).
        public let okLines: [String]
        /// The lines naming problems (`quiz check` prints them on standard error).
        public let problemLines: [String]
        /// True only when every file is a valid set.
        public var allValid: Bool { problemLines.isEmpty }
        /// The lines joined with newlines.
        public var text: String { lines.joined(separator: "\n") }
    }

    /// Checks each file; names them in messages as given (relative paths stay relative).
    public static func check(_ files: [URL]) -> CheckResult {
        var lines: [String] = [], okLines: [String] = [], problemLines: [String] = []
        for url in files {
            do {
                let set = try QuestionSet.load(contentsOf: url)
                let line = tr("quiz.check.ok", count: set.sessionLength, ["file": set.file, "title": set.shownTitle])
                lines.append(line)
                okLines.append(line)
            } catch {
                let problems = (error as? QuestionSetError)?.problems.map(\.description) ?? ["\(url.relativePath): \(error)"]
                lines += problems
                problemLines += problems
            }
        }
        let visible = { (lines: [String]) in lines.map(TerminalText.visible) }
        return CheckResult(lines: visible(lines), okLines: visible(okLines), problemLines: visible(problemLines))
    }

    /// What `quiz show` prints: the set's heading and settings, then each question of the
    /// session for `seed`, with its answer.
    ///
    /// ```
    /// Sums and differences to 10 (Quizzes/default.toml), seed 42
    /// 10 questions, shuffled, draw, feedback after each, missed questions come back once
    ///  1. 7 + 2 = ?      9
    /// ```
    public static func show(_ set: QuestionSet, seed: UInt64) -> String {
        let questions = set.session(seed: seed)
        var lines = [tr("quiz.show.heading", ["title": set.shownTitle, "file": set.file, "seed": seed]), summary(of: set)]
        let width = questions.map(\.text.count).max() ?? 0
        let numberWidth = String(questions.count).count
        for (index, question) in questions.enumerated() {
            let number = String(index + 1)
            let padding = String(repeating: " ", count: numberWidth - number.count)
            let text = question.text + String(repeating: " ", count: width - question.text.count)
            lines.append("\(padding)\(number). \(text)   \(question.answer)")
        }
        return lines.map(TerminalText.visible).joined(separator: "\n")
    }

    /// The settings of a set in one line.
    public static func summary(of set: QuestionSet) -> String {
        let s = set.settings
        var parts = [tr("quiz.summary.questions", count: set.sessionLength),
                     tr(s.shuffle ? "quiz.summary.shuffled" : "quiz.summary.in-order"),
                     tr(s.input == .draw ? "quiz.summary.draw" : "quiz.summary.draw-or-type"),
                     tr(s.feedback == .afterEach ? "quiz.summary.feedback-each" : "quiz.summary.feedback-end")]
        if s.repeatMissed > 0 { parts.append(tr("quiz.summary.repeat", count: s.repeatMissed)) }
        if let t = s.timeLimitPerQuestion { parts.append(tr("quiz.summary.time-question", ["seconds": t])) }
        if let t = s.timeLimitPerSession { parts.append(tr("quiz.summary.time-session", ["seconds": t])) }
        if let seed = s.seed { parts.append(tr("quiz.summary.seed", ["seed": seed])) }
        if s.practice > 0 { parts.append(tr("quiz.summary.practice", count: s.practice)) }
        return parts.joined(separator: ", ")
    }

    /// What `quiz list` prints: one line per `.toml` file of `directory`, sorted by name, with
    /// its title (or how many problems it has).
    public static func list(directory: URL) throws -> String {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }.sorted()
        } catch {
            throw QuestionSetError(file: directory.relativePath, problems: [
                QuizProblem(file: directory.relativePath, line: nil, path: "", message: tr("quiz.list.cannot")),
            ])
        }
        guard !names.isEmpty else { return TerminalText.visible(tr("quiz.list.empty", ["folder": directory.relativePath])) }
        let width = names.map(\.count).max() ?? 0
        return names.map { name in
            let padded = name + String(repeating: " ", count: width - name.count)
            do {
                let set = try QuestionSet.load(contentsOf: directory.appendingPathComponent(name), displayName: name)
                let grade = set.grade.map { tr("quiz.list.grade", ["grade": $0]) } ?? ""
                return "\(padded)  " + tr("quiz.list.line", count: set.sessionLength, ["title": set.shownTitle, "grade": grade])
            } catch let error as QuestionSetError {
                return "\(padded)  " + tr("quiz.list.invalid", count: error.problems.count)
            } catch {
                return "\(padded)  " + tr("quiz.list.invalid-other", ["error": "\(error)"])
            }
        }.map(TerminalText.visible).joined(separator: "\n")
    }
}
