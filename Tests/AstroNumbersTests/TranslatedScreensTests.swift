import Foundation
import Ink
import Messages
import Scoring
import Terminal
import XCTest
@testable import AstroNumbers
import EnglishCatalogue

/// The screens in the shipped languages: their words come from the catalogue, the layout makes room for
/// longer words (no line of the score screen is cut), names, numbers and the ✓/✗ marks stay whole, and a
/// child answers "Stop the quiz?" with the language's own yes.
final class TranslatedScreensTests: XCTestCase {
    private let size = Size(cols: 80, rows: 24)

    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private func inLanguage<T>(_ code: String, _ body: () throws -> T) throws -> T {
        try Messages.withCurrent(try EnglishMessages.language(code), body)
    }

    func testTheWelcomeAndQuestionScreensInSpanish() throws {
        try inLanguage("es") {
            var welcome = WelcomeScreen(quizTitle: "Sumas", description: "", students: ["Zoë"])
            _ = welcome.handle(.key(.enter), size: size)
            let lines = welcome.render(size: size, glyphs: .unicode).lines
            XCTAssertTrue(lines[6].contains("¿Cómo te llamas? _"), lines[6])
            XCTAssertTrue(lines[8].contains("Primero escribe tu nombre y luego pulsa Intro."), lines[8])
            XCTAssertTrue(lines.contains { $0.contains("Zoë") })

            let layout = QuestionLayout(size: size, problem: "7 + 8 = ?")
            let screen = QuestionScreen(question: LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15"),
                                        typingAllowed: false, canvas: layout.canvas.size)
            let frame = screen.render(layout: layout, status: QuestionStatus(quizTitle: "Sumas", student: "Zoë", number: 3, total: 10, timeLeft: 25),
                                      glyphs: .unicode)
            XCTAssertTrue(frame.lines[0].hasSuffix("Zoë · 3 de 10 · quedan 0:25 "), frame.lines[0])
            XCTAssertTrue(frame.lines[6].contains("Dibuja tu respuesta") && frame.lines[6].contains("Intro: listo"), frame.lines[6])
            XCTAssertTrue(frame.lines[23].contains("Dibuja la respuesta en el recuadro"), frame.lines[23])
            // The button is where its (longer) label is drawn, so a click on it still submits.
            let label = QuestionLayout.doneLabel
            XCTAssertEqual(label, "[ Listo ]")
            XCTAssertEqual(layout.doneButton.size.cols, label.count)
            let drawn = String(Array(frame.lines[23])[layout.doneButton.minCol..<layout.doneButton.maxCol])
            XCTAssertEqual(drawn, label)
        }
    }

    func testStoppingTakesTheLanguagesYes() throws {
        let layout = QuestionLayout(size: size, problem: "7 + 8 = ?")
        let reader = FixedReader()
        func stop(with key: Character) -> QuestionScreen.Action {
            var screen = QuestionScreen(question: LessonQuestion(index: 0, prompt: "7 + 8 = ?", expected: "15", working: "7 + 8 = 15"),
                                        typingAllowed: false, canvas: layout.canvas.size)
            _ = screen.handle(.key(.escape), layout: layout, reader: reader)
            return screen.handle(.key(.character(key)), layout: layout, reader: reader)
        }
        try inLanguage("es") {
            XCTAssertEqual(stop(with: "s"), .quit)
            XCTAssertEqual(stop(with: "y"), .quit)
            XCTAssertEqual(stop(with: "n"), .none)
        }
        try inLanguage("fr") {
            XCTAssertEqual(stop(with: "O"), .quit)
            XCTAssertEqual(stop(with: "s"), .none)
        }
        XCTAssertEqual(stop(with: "s"), .none, "in English s is no yes")
    }

    /// `count` questions, every third one missed (and practised right later), with long readings.
    private func summary(count: Int) -> ScoreSummary {
        var answers: [AnswerRecord] = []
        for index in 0..<count {
            let question = "\(100 + index) + \(200 + index) = ?", expected = "\(300 + 2 * index)"
            if index % 3 == 0 {
                answers.append(AnswerRecord(questionIndex: index, question: question, expected: expected, read: "1234", input: .drawn, seconds: 2))
            } else {
                answers.append(AnswerRecord(questionIndex: index, question: question, expected: expected, read: expected, input: .drawn, seconds: 2))
            }
        }
        for index in stride(from: 0, to: count, by: 3) {
            answers.append(AnswerRecord(questionIndex: index, question: "\(100 + index) + \(200 + index) = ?", expected: "\(300 + 2 * index)",
                                        read: "\(300 + 2 * index)", input: .drawn, seconds: 2, attempt: 2))
        }
        return ScoreSummary(answers: answers, questionCount: count)
    }

    /// Every question of `summary` that is shown has its whole line: the mark, the question, the reading and,
    /// when missed, the answer; the rest are counted on the "more" line.
    private func checkScoreScreen(_ code: String, questions: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        try inLanguage(code) {
            let summary = summary(count: questions)
            let frame = ScoreScreen(student: "Maximilian-Alexander", quizTitle: "Sumas", summary: summary).render(size: size, glyphs: .unicode)
            let text = frame.lines.joined(separator: "\n")
            if ProcessInfo.processInfo.environment["PEEK"] != nil { print(text) }
            XCTAssertTrue(frame.lines[2].contains("Maximilian-Alexander"), frame.lines[2], file: file, line: line)
            var shown = 0
            for question in summary.questions {
                guard let row = frame.lines.first(where: { $0.contains(" \(question.question) ") }) else { continue }
                shown += 1
                let mark = question.isCorrect ? "✓" : "✗"
                let answer = tr("score.answer")
                let segment = row.components(separatedBy: question.question)
                XCTAssertTrue(segment[0].hasSuffix("\(mark) "), "\(code): \(row)", file: file, line: line)
                let rest = segment[1]
                XCTAssertTrue(rest.contains(" \(question.read ?? "-")"), "\(code): \(row)", file: file, line: line)
                if !question.isCorrect {
                    // With words ("answer: 5"), or in the narrowest form with an arrow ("6 → 5").
                    XCTAssertTrue(rest.contains(answer + question.expected) || rest.contains("→ \(question.expected)"),
                                  "\(code): the answer is cut: \(row)", file: file, line: line)
                }
            }
            let hidden = questions - shown
            if hidden > 0 {
                XCTAssertTrue(text.contains(tr("score.more", count: hidden)), "\(code): \(hidden) not shown and not counted\n\(text)", file: file, line: line)
            }
            // Two columns of 16 rows: up to 32 questions all show, whatever the language.
            XCTAssertEqual(shown, min(questions, 32), "\(code)\n\(text)", file: file, line: line)
            XCTAssertTrue(frame.lines[23].contains(tr("score.keys.finish").trimmingCharacters(in: .whitespaces)), frame.lines[23], file: file, line: line)
        }
    }

    func testTheScoreScreenMakesRoomForLongerWords() throws {
        for code in ["en", "es", "fr"] {
            for questions in [3, 16, 20, 32, 40] {
                try checkScoreScreen(code, questions: questions)
            }
        }
        try inLanguage("fr") {
            let frame = ScoreScreen(student: "Ada", quizTitle: "Sommes", summary: summary(count: 3)).render(size: size, glyphs: .unicode)
            XCTAssertTrue(frame.lines.contains { $0.contains("✗ 100 + 200 = ?  toi : 1234  réponse : 300 (✓ ensuite)") }, frame.lines.joined(separator: "\n"))
            XCTAssertTrue(frame.lines[3].contains("Résultat : 2 sur 3 · 67 % · temps"), frame.lines[3])
        }
    }
}

/// Reads nothing: these tests never draw.
private struct FixedReader: AnswerReader {
    func read(_ drawing: Drawing) -> DrawnAnswer { .nothing }
}
