import Foundation
import Messages

/// Turns the TOML text of a set into a ``QuestionSet``, collecting every problem instead of
/// stopping at the first, so a teacher can fix a file in one go.
struct QuestionSetParser {
    static let topKeys = ["title", "description", "grade", "settings", "question", "generate"]
    static let settingsKeys = ["questions", "shuffle", "repeat_missed", "time_limit_per_question",
                               "time_limit_per_session", "input", "feedback", "seed", "practice"]
    static let questionKeys = ["ask", "answer"]
    static let generateKeys = ["op", "left", "right", "max_answer", "count", "missing", "carry", "seed"]

    let file: String
    let lines: TOMLLineIndex
    private(set) var problems: [QuizProblem] = []

    static func parse(text: String, file: String, contentHash: String) throws -> QuestionSet {
        var parser = QuestionSetParser(file: file, lines: TOMLLineIndex(text: text))
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text)
        } catch let error as TOMLParseError {
            // `title = "…"` and then `title.es = "…"`: TOML lets a key be text or a table of keys, not both.
            for key in ["title", "description"] where error.redefinedKey == key {
                throw QuestionSetError(file: file, problems: [
                    QuizProblem(file: file, line: error.line, path: key,
                                message: tr("set.both-forms", ["key": key])),
                ])
            }
            throw QuestionSetError(file: file, problems: [
                QuizProblem(file: file, line: error.line, path: "", message: tr("set.not-toml", ["detail": error.message])),
            ])
        }
        let set = parser.read(root, contentHash: contentHash)
        guard let set, parser.problems.isEmpty else {
            // File order, so the teacher can work from the top down.
            let sorted = parser.problems.enumerated().sorted { a, b in
                (a.element.line ?? Int.max, a.offset) < (b.element.line ?? Int.max, b.offset)
            }.map(\.element)
            throw QuestionSetError(file: file, problems: sorted)
        }
        return set
    }

    // MARK: - Tables

    private mutating func read(_ root: TOMLTable, contentHash: String) -> QuestionSet? {
        checkKeys(root, path: "", allowed: Self.topKeys)
        let titles = perLanguage(root, "title")
        let descriptions = perLanguage(root, "description")
        var grade: String?
        if let value = root["grade"] {
            if let n = value.int { grade = String(n) } else if let s = value.string { grade = s } else {
                problem("grade", tr("set.expected-grade", ["found": Self.describe(value)]))
            }
        }
        var settings = QuizSettings()
        if let value = root["settings"] {
            if let table = value.table { settings = readSettings(table) } else {
                problem("settings", tr("set.expected-settings", ["found": Self.describe(value)]))
            }
        }
        var questions: [Question] = []
        var firstPaths: [Question: String] = [:]
        for (index, table) in tables(root, "question").enumerated() {
            let path = "question[\(index + 1)]"
            guard let question = readQuestion(table, path: path) else { continue }
            if let first = firstPaths[question] {
                problem("\(path).ask", tr("set.same-question", ["first": first, "question": question.text]))
            } else {
                firstPaths[question] = path
                questions.append(question)
            }
        }
        let generators = tables(root, "generate").enumerated().compactMap { readGenerator($0.element, path: "generate[\($0.offset + 1)]") }
        guard problems.isEmpty else { return nil }
        let available = questions.count + generators.reduce(0) { $0 + $1.count }
        if let (path, message) = QuestionSet.sizeProblem(settings: settings, available: available) {
            problem(path, message)
            return nil
        }
        do {
            var set = try QuestionSet(title: titles?.text ?? "", description: descriptions?.text ?? "", grade: grade, settings: settings,
                                      questions: questions, generators: generators, file: file, contentHash: contentHash)
            set.titles = titles?.languages ?? [:]
            set.descriptions = descriptions?.languages ?? [:]
            return set
        } catch let error as QuestionSetError {
            problems += error.problems.map { QuizProblem(file: file, line: lines.line(of: $0.path), path: $0.path, message: $0.message) }
        } catch {
            problem("", "\(error)")
        }
        return nil
    }

    /// `key = "…"`, or one line per language: `key.en = "…"`, `key.es = "…"` (codes as the message catalogues
    /// name them: `es`, `pt_BR`). The text without a language is English's, else the first one written.
    /// Required; a title must not be blank.
    private mutating func perLanguage(_ root: TOMLTable, _ key: String) -> (text: String, languages: [String: String])? {
        guard let value = root[key] else {
            problem(key, tr("set.missing-text", ["key": key]))
            return nil
        }
        if let text = value.string {
            if key == "title", text.trimmingCharacters(in: .whitespaces).isEmpty { problem(key, tr("set.empty")) }
            return (text, [:])
        }
        guard let table = value.table, !table.keys.isEmpty else {
            problem(key, tr("set.expected-text-or-languages", ["key": key, "found": Self.describe(value)]))
            return nil
        }
        let before = problems.count
        var languages: [String: String] = [:]
        for code in table.keys {
            let path = "\(key).\(code)"
            guard MessageCatalogue.isLanguageCode(code) else {
                problem(path, tr("set.not-a-language", ["code": code]))
                continue
            }
            guard let text = table[code]?.string else {
                problem(path, tr("set.expected-text", ["found": Self.describe(table[code]!)]))
                continue
            }
            if key == "title", text.trimmingCharacters(in: .whitespaces).isEmpty { problem(path, tr("set.empty")) }
            languages[code] = text
        }
        guard problems.count == before, let first = table.keys.first else { return nil }
        return (languages[MessageCatalogue.english] ?? languages[first]!, languages)
    }

    private mutating func readSettings(_ table: TOMLTable) -> QuizSettings {
        let path = "settings"
        checkKeys(table, path: path, allowed: Self.settingsKeys)
        var settings = QuizSettings()
        settings.questionCount = int(table, "questions", path: path, in: 1...1000)
        settings.shuffle = bool(table, "shuffle", path: path) ?? settings.shuffle
        settings.repeatMissed = int(table, "repeat_missed", path: path, in: 0...10) ?? settings.repeatMissed
        settings.timeLimitPerQuestion = int(table, "time_limit_per_question", path: path, in: 1...3600)
        settings.timeLimitPerSession = int(table, "time_limit_per_session", path: path, in: 1...86400)
        settings.input = choice(table, "input", path: path) ?? settings.input
        settings.feedback = choice(table, "feedback", path: path) ?? settings.feedback
        settings.seed = int(table, "seed", path: path, in: 0...Int.max).map(UInt64.init)
        settings.practice = int(table, "practice", path: path, in: 0...100) ?? settings.practice
        return settings
    }

    private mutating func readQuestion(_ table: TOMLTable, path: String) -> Question? {
        checkKeys(table, path: path, allowed: Self.questionKeys)
        let answer = int(table, "answer", path: path, in: Question.drawable)
        guard let ask = string(table, "ask", path: path, required: true) else { return nil }
        do {
            let question = try AskParser.question(from: ask)
            if let answer, answer != question.answer {
                problem("\(path).answer", tr("set.wrong-answer", ["answer": answer, "question": question.text, "right": question.answer, "working": question.working]))
                return nil
            }
            return question
        } catch {
            problem("\(path).ask", "\(error)")
            return nil
        }
    }

    private mutating func readGenerator(_ table: TOMLTable, path: String) -> QuestionGenerator? {
        let before = problems.count
        checkKeys(table, path: path, allowed: Self.generateKeys)
        var op: Operation?
        if let text = string(table, "op", path: path, required: true) {
            op = Operation(symbol: text)
            if op == nil { problem("\(path).op", tr("set.unknown-operation", ["op": text, "spellings": Operation.spellings])) }
        }
        let left = range(table, "left", path: path)
        let right = range(table, "right", path: path)
        let maxAnswer = int(table, "max_answer", path: path, in: Question.drawable)
        let count = int(table, "count", path: path, in: 1...1000, required: true)
        let missing = missingNumbers(table, path: path)
        var carry: QuestionGenerator.Carry?
        if let value = bool(table, "carry", path: path) {
            carry = value ? .required : .excluded
            if let op, op != .add, op != .subtract { problem("\(path).carry", tr("set.carry-only")) }
        }
        let seed = int(table, "seed", path: path, in: 0...Int.max).map(UInt64.init)
        guard problems.count == before, let op, let left, let right, let count, let missing else { return nil }
        let generator = QuestionGenerator(op: op, left: left, right: right, maxAnswer: maxAnswer, count: count,
                                          missing: missing, carry: carry, seed: seed)
        do {
            let available = try generator.availableQuestions()
            if available < count { throw QuestionGenerator.Failure.tooFew(available: available, count: count) }
        } catch {
            problem(path, "\(error)")
            return nil
        }
        return generator
    }

    /// The `[[name]]` tables of the root; reports anything else under that name.
    private mutating func tables(_ root: TOMLTable, _ name: String) -> [TOMLTable] {
        guard let value = root[name] else { return [] }
        guard let array = value.array else {
            problem(name, tr("set.expected-tables", ["name": name, "found": value.table != nil ? tr("set.found.single-table", ["name": name]) : Self.describe(value)]))
            return []
        }
        var result: [TOMLTable] = []
        for (index, element) in array.enumerated() {
            if let table = element.table { result.append(table) } else {
                problem("\(name)[\(index + 1)]", tr("set.expected-table", ["name": name, "found": Self.describe(element)]))
            }
        }
        return result
    }

    // MARK: - Values

    private mutating func problem(_ path: String, _ message: String) {
        problems.append(QuizProblem(file: file, line: lines.line(of: path), path: path, message: message))
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private mutating func checkKeys(_ table: TOMLTable, path: String, allowed: [String]) {
        for key in table.keys where !allowed.contains(key) {
            let near = allowed.filter { Self.editDistance($0, key) <= 2 }.first
            let hint = near.map { tr("set.did-you-mean", ["key": $0]) } ?? tr("set.keys-here", ["keys": allowed.joined(separator: ", ")])
            problem(Self.join(path, key), tr("set.unknown-key", ["hint": hint]))
        }
    }

    private mutating func string(_ table: TOMLTable, _ key: String, path: String, required: Bool = false) -> String? {
        guard let value = table[key] else {
            if required { problem(Self.join(path, key), tr("set.missing-text", ["key": key])) }
            return nil
        }
        guard let text = value.string else {
            problem(Self.join(path, key), tr("set.expected-text", ["found": Self.describe(value)]))
            return nil
        }
        return text
    }

    private mutating func int(_ table: TOMLTable, _ key: String, path: String, in allowed: ClosedRange<Int>,
                              required: Bool = false) -> Int? {
        let keyPath = Self.join(path, key)
        guard let value = table[key] else {
            if required { problem(keyPath, tr("set.missing-number", ["key": key])) }
            return nil
        }
        guard let number = value.int else {
            problem(keyPath, tr("set.expected-number", ["found": Self.describe(value)]))
            return nil
        }
        guard allowed.contains(number) else {
            if allowed.upperBound == Int.max {
                problem(keyPath, tr("set.out-of-range.or-more", ["number": number, "low": allowed.lowerBound]))
            } else {
                problem(keyPath, tr("set.out-of-range", ["number": number, "low": allowed.lowerBound, "high": allowed.upperBound]))
            }
            return nil
        }
        return number
    }

    private mutating func bool(_ table: TOMLTable, _ key: String, path: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            problem(Self.join(path, key), tr("set.expected-bool", ["found": Self.describe(value)]))
            return nil
        }
        return flag
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(_ table: TOMLTable, _ key: String, path: String) -> T?
        where T.RawValue == String {
        let options = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: tr("set.or"))
        guard let value = table[key] else { return nil }
        guard let text = value.string, let result = T(rawValue: text) else {
            problem(Self.join(path, key), tr("set.expected-choice", ["options": options, "found": Self.describe(value)]))
            return nil
        }
        return result
    }

    /// `key = [low, high]` or `key = n` (the single value n), with 0 ≤ low ≤ high ≤ 9999.
    private mutating func range(_ table: TOMLTable, _ key: String, path: String) -> ClosedRange<Int>? {
        let keyPath = Self.join(path, key)
        guard let value = table[key] else {
            problem(keyPath, tr("set.missing-range", ["key": key]))
            return nil
        }
        var bounds: [Int]
        if let n = value.int {
            bounds = [n, n]
        } else if let array = value.array, array.count == 2, let low = array[0].int, let high = array[1].int {
            bounds = [low, high]
        } else {
            problem(keyPath, tr("set.expected-range", ["found": Self.describe(value)]))
            return nil
        }
        guard bounds[0] <= bounds[1] else {
            problem(keyPath, tr("set.range-empty", ["low": bounds[0], "high": bounds[1]]))
            return nil
        }
        guard Question.drawable.contains(bounds[0]), Question.drawable.contains(bounds[1]) else {
            problem(keyPath, tr("set.range-outside", ["low": bounds[0], "high": bounds[1]]))
            return nil
        }
        return bounds[0]...bounds[1]
    }

    /// `missing = "answer"` (the default), `"left"`, `"right"`, or a list of them.
    private mutating func missingNumbers(_ table: TOMLTable, path: String) -> [MissingNumber]? {
        let keyPath = Self.join(path, "missing")
        guard let value = table["missing"] else { return [.answer] }
        let options = tr("set.missing-options")
        var names: [TOMLValue] = []
        if value.string != nil { names = [value] } else if let array = value.array, !array.isEmpty { names = Array(array) } else {
            problem(keyPath, tr("set.expected-missing-list", ["options": options, "found": Self.describe(value)]))
            return nil
        }
        var result: [MissingNumber] = []
        for name in names {
            guard let text = name.string, let missing = MissingNumber(rawValue: text) else {
                problem(keyPath, tr("set.expected-choice", ["options": options, "found": Self.describe(name)]))
                return nil
            }
            if result.contains(missing) {
                problem(keyPath, tr("set.listed-twice", ["text": text]))
                return nil
            }
            result.append(missing)
        }
        return result
    }

    /// A value as a teacher would recognise it: `text "ten"`, `the number 4.5`, `a list`.
    static func describe(_ value: TOMLValue) -> String {
        switch value.type {
        case .string: return tr("set.found.text", ["text": value.string ?? ""])
        case .int: return tr("set.found.number", ["number": value.int ?? 0])
        case .double: return tr("set.found.number", ["number": value.double ?? 0])
        case .bool: return "\(value.bool ?? false)"
        case .array: return tr("set.found.list")
        case .table: return tr("set.found.table")
        case .date: return tr("set.found.date")
        }
    }

    /// Levenshtein distance, to suggest the key a typo meant.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
