import Basics
import Foundation
import Messages

/// A question set a teacher wrote: a title, settings, fixed questions and generators.
///
/// Load one from a TOML file (the format is described in `Quizzes/README.md`) and ask it for the
/// questions of a session:
///
/// ```swift
/// let set = try QuestionSet.load(contentsOf: URL(fileURLWithPath: "Quizzes/default.toml"))
/// let seed = set.newSeed()                  // record it to replay the session
/// for question in set.session(seed: seed) {
///     print(question.text, question.answer)  // "7 + 8 = ?" 15
/// }
/// ```
public struct QuestionSet: Hashable, Sendable {
    /// The title shown to the class (in English, or the set's first language when it has no English one):
    /// the one the records keep, so a class's sessions have one title whatever language each child reads.
    public var title: String
    /// What the set practises, for the teacher.
    public var description: String
    /// The title in each language the set gives (`title.es = "…"`), by language code; empty when it gives one.
    public var titles: [String: String] = [:]
    /// The description in each language the set gives, by language code.
    public var descriptions: [String: String] = [:]
    /// The school year it is meant for, as written (`grade = 2` or `grade = "Year 2"`), if given.
    public var grade: String?
    /// How a session runs.
    public var settings: QuizSettings
    /// The `[[question]]` tables, in file order.
    public var questions: [Question]
    /// The `[[generate]]` tables, in file order.
    public var generators: [QuestionGenerator]
    /// The file name as the teacher gave it (for example `Quizzes/addition-to-20.toml`), or a label.
    public var file: String
    /// SHA-256 of the file's bytes, as 64 hex digits: which version of the set a session used.
    public var contentHash: String

    /// A set made in code. Throws ``QuestionSetError`` when a generator cannot make its questions,
    /// `questionCount` exceeds what the set makes, or the set is empty.
    public init(title: String, description: String = "", grade: String? = nil, settings: QuizSettings = QuizSettings(),
                questions: [Question] = [], generators: [QuestionGenerator] = [],
                file: String = "(in code)", contentHash: String = "") throws {
        self.title = title
        self.description = description
        self.grade = grade
        self.settings = settings
        self.questions = questions
        self.generators = generators
        self.file = file
        self.contentHash = contentHash
        var problems: [QuizProblem] = []
        if Set(questions).count != questions.count {
            problems.append(QuizProblem(file: file, line: nil, path: "question", message: tr("set.question-twice")))
        }
        for (index, generator) in generators.enumerated() {
            do {
                let available = try generator.availableQuestions()
                if available < generator.count { throw QuestionGenerator.Failure.tooFew(available: available, count: generator.count) }
                let taken = generator.possibleOverlap(questions: questions, earlier: Array(generators[..<index]))
                if available < generator.count + taken {
                    throw QuestionGenerator.Failure.overlap(available: available, taken: taken, count: generator.count)
                }
            } catch {
                problems.append(QuizProblem(file: file, line: nil, path: "generate[\(index + 1)]", message: "\(error)"))
            }
        }
        if problems.isEmpty, let problem = Self.sizeProblem(settings: settings, available: availableQuestions) {
            problems.append(QuizProblem(file: file, line: nil, path: problem.path, message: problem.message))
        }
        if !problems.isEmpty { throw QuestionSetError(file: file, problems: problems) }
    }

    /// The problem with the size of a set, if any: empty, or fewer questions than `settings.questions`.
    static func sizeProblem(settings: QuizSettings, available: Int) -> (path: String, message: String)? {
        if available == 0 { return ("", tr("set.no-questions")) }
        if let wanted = settings.questionCount, wanted > available {
            return ("settings.questions", tr("set.more-than-made", ["wanted": wanted, "available": available]))
        }
        let length = min(settings.questionCount ?? available, available)
        if settings.practice > length {
            return ("settings.practice", tr("set.more-than-asked", ["wanted": settings.practice, "length": length]))
        }
        return nil
    }

    /// Reads and checks a set file. Throws ``QuestionSetError`` listing every problem found,
    /// or a one-line ``QuestionSetError`` when the file cannot be read.
    ///
    /// - Parameter displayName: how to name the file in messages; by default the path as given.
    public static func load(contentsOf url: URL, displayName: String? = nil) throws -> QuestionSet {
        let name = displayName ?? url.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = tr(FileManager.default.fileExists(atPath: url.path) ? "set.cannot-read" : "set.no-such-file")
            throw QuestionSetError(file: name, problems: [QuizProblem(file: name, line: nil, path: "", message: reason)])
        }
        return try parse(Array(data), file: name)
    }

    /// Reads and checks a set from the bytes of a file named `file` (used in messages).
    ///
    /// ```swift
    /// let set = try QuestionSet.parse(Array("title = \"Sums\"\n…".utf8), file: "sums.toml")
    /// ```
    public static func parse(_ bytes: [UInt8], file: String) throws -> QuestionSet {
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw QuestionSetError(file: file, problems: [QuizProblem(file: file, line: nil, path: "", message: tr("set.not-utf8"))])
        }
        return try QuestionSetParser.parse(text: text, file: file, contentHash: SHA256.hex(of: bytes))
    }

    /// How many different questions the set makes: its fixed questions plus every generator's count.
    public var availableQuestions: Int { questions.count + generators.reduce(0) { $0 + $1.count } }

    /// How many questions a session asks (before missed ones come back).
    public var sessionLength: Int { min(settings.questionCount ?? availableQuestions, availableQuestions) }

    /// The set's name for records and menus: the file name without folder and `.toml`.
    public var name: String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return base.hasSuffix(".toml") ? String(base.dropLast(5)) : base
    }

    /// The seed for a new session: the set's own `seed` if it has one, otherwise a random one.
    public func newSeed() -> UInt64 { settings.seed ?? UInt64.random(in: 0...UInt64.max) }

    /// The questions of one session: fixed questions and every generator's questions, shuffled if
    /// the set says so, then the first `questions` of them. No question is asked twice: a generator
    /// leaves out the questions already made above it. The same seed always gives the same
    /// session; a generator with its own `seed` makes the same questions whatever the session seed
    /// (unless generators above it without a seed happen to make some of them first).
    ///
    /// ```swift
    /// set.session(seed: 42) == set.session(seed: 42) // true
    /// ```
    public func session(seed: UInt64) -> [Question] {
        var pool = questions
        var asked = Set(questions)
        for (index, generator) in generators.enumerated() {
            var rng = generator.seed.map { SeededGenerator(seed: $0) } ?? Self.stream(UInt64(index + 1), of: seed)
            // Cannot fail: the set was checked to leave each generator enough questions not asked before it.
            let made = (try? generator.generate(using: &rng, excluding: asked)) ?? []
            pool += made
            asked.formUnion(made)
        }
        if settings.shuffle {
            var rng = Self.stream(0, of: seed)
            rng.shuffle(&pool)
        }
        if let count = settings.questionCount { pool = Array(pool.prefix(count)) }
        return pool
    }

    /// The `index`-th independent generator of a session seed (0 shuffles, generator N draws from N + 1).
    /// Derived as it always was, so a recorded seed remakes the very same session.
    private static func stream(_ index: UInt64, of seed: UInt64) -> SeededGenerator {
        var mixer = SeededGenerator(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        return SeededGenerator(seed: mixer.next())
    }

    /// A session with ``newSeed()``.
    public func session() -> [Question] { session(seed: newSeed()) }

    /// The name of the set used when none is named.
    public static let defaultFileName = "default.toml"
}
