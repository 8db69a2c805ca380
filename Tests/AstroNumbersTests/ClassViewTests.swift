import AstroNumbers
import EnglishCatalogue
import Foundation
import Messages
import Scoring
import Terminal
import XCTest

/// The class view's screen from snapshots made here: 30 children in a small window, names with escape
/// sequences, the keys, one child's answers, the waiting and too-small messages.
final class ClassViewTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    private let now = Date(timeIntervalSince1970: 1_800_000_000)


    private func child(_ name: String, answered: Int, correct: Int, state: ClassSnapshot.State = .answering) -> ClassSnapshot.Child {
        let answers = (0..<answered).map { index in
            AnswerRecord(questionIndex: index, question: "\(index) + 1 = ?", expected: "\(index + 1)",
                         read: index < correct ? "\(index + 1)" : "0", input: .typed, seconds: 2)
        }
        let summary = ScoreSummary(answers: answers, questionCount: 10)
        return ClassSnapshot.Child(student: name, session: SessionID(rawValue: 1), quizTitle: "Sums to 10",
                                   startedAt: now.addingTimeInterval(-300), answered: answered, questionCount: 10,
                                   correct: correct, points: correct, lastAnswerAt: now.addingTimeInterval(-5), state: state,
                                   sessionsInPeriod: 1, answers: answers, summary: summary)
    }

    private func snapshot(_ children: [ClassSnapshot.Child]) -> ClassSnapshot {
        ClassSnapshot(takenAt: now, children: children.sorted { $0.student < $1.student }, mostMissed: [],
                      answerCount: children.reduce(0) { $0 + $1.answers.count })
    }

    func testThirtyChildrenFitASmallWindowAndTheChoiceScrolls() {
        var view = ClassView()
        let names = (1...30).map { String(format: "Child %02d", $0) }
        view.update(.snapshot(snapshot(names.enumerated().map { child($0.element, answered: $0.offset % 10, correct: 0) })))
        let frame = view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode)
        XCTAssertTrue(frame.lines[3].contains("Child") && frame.lines[3].contains("Progress"), frame.lines.joined(separator: "\n"))
        XCTAssertTrue(frame.lines[4].hasPrefix("  Child 01 "))
        XCTAssertTrue(frame.lines.contains { $0.contains("more (up/down scrolls)") }, frame.lines.joined(separator: "\n"))
        XCTAssertTrue(frame.lines[1].contains("30 children"))
        for _ in 0..<29 { _ = view.apply(.key(.down)) }
        XCTAssertEqual(view.selected, "Child 30")
        let scrolled = view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode)
        let chosen = try? XCTUnwrap(scrolled.lines.firstIndex { $0.hasPrefix("  Child 30 ") })
        XCTAssertNotNil(chosen, scrolled.lines.joined(separator: "\n"))
        if let chosen { XCTAssertEqual(scrolled.style(at: Position(col: 2, row: chosen))?.attributes.contains(.reverse), true) }
    }

    func testKeysSortOpenAChildAndLeave() {
        var view = ClassView()
        view.update(.snapshot(snapshot([child("Ada", answered: 3, correct: 1), child("Ben", answered: 7, correct: 7),
                                        child("Cy", answered: 5, correct: 4, state: .stuck)])))
        func names() -> [String] {
            view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).lines.compactMap { line in
                ["Ada", "Ben", "Cy"].first { line.hasPrefix("  \($0) ") }
            }
        }
        XCTAssertEqual(names(), ["Ada", "Ben", "Cy"])
        _ = view.apply(.key(.character("p")))
        XCTAssertEqual(names(), ["Ben", "Cy", "Ada"])
        _ = view.apply(.key(.character("s")))
        XCTAssertEqual(names(), ["Ben", "Cy", "Ada"])
        XCTAssertTrue(view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).lines[1].contains("1 stuck"))
        _ = view.apply(.key(.up))            // Ada is chosen (first by name); up goes to Cy, above her
        XCTAssertEqual(view.selected, "Cy")
        _ = view.apply(.key(.enter))
        let detail = view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).lines
        XCTAssertTrue(detail[3].contains("Cy") && detail[3].contains("5 of 10") && detail[3].contains("STUCK"), detail.joined(separator: "\n"))
        XCTAssertTrue(detail.contains { $0.contains("4 + 1 = ?") && $0.contains("wrong") }, detail.joined(separator: "\n"))
        _ = view.apply(.key(.escape))
        XCTAssertFalse(view.showingDetail)
        XCTAssertEqual(view.apply(.key(.character("q"))), .quit)
    }

    func testNamesAreShownSafelyAndMessagesSaySoWhenThereIsNothingToShow() throws {
        var view = ClassView(title: "Sums\u{1B}[2J")
        view.update(.waiting("/srv/r.sqlite does not exist yet"))
        var lines = view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).lines
        XCTAssertTrue(lines[1].contains("Waiting for the records: /srv/r.sqlite does not exist yet."))
        XCTAssertTrue(lines[0].contains("Sums^[[2J"))
        view.update(.snapshot(snapshot([child("E\u{1B}]0;x\u{07}ve", answered: 1, correct: 1)])))
        lines = view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).lines
        XCTAssertFalse(lines.joined().contains("\u{1B}"))
        XCTAssertTrue(lines.contains { $0.contains("E^[]0;x^Gve") }, lines.joined(separator: "\n"))
        let small = view.render(size: Size(cols: 40, rows: 8), glyphs: .unicode).lines
        XCTAssertTrue(small.contains { $0.contains("Please make this window bigger.") })
        XCTAssertTrue(small.contains { $0.contains("at least 60×12 is needed") })
        let spanish = try EnglishMessages.language("es")
        let spanishLines = Messages.withCurrent(spanish) { view.render(size: Size(cols: 100, rows: 24), glyphs: .unicode).lines }
        XCTAssertTrue(spanishLines[3].contains("Alumno") && spanishLines[3].contains("Avance"), spanishLines.joined(separator: "\n"))
        XCTAssertTrue(spanishLines.contains { $0.contains("1 de 10") && $0.contains("1 bien") && $0.contains("respondiendo") },
                      spanishLines.joined(separator: "\n"))
        view.update(.failed(.busy(path: "/srv/r.sqlite")))
        lines = view.render(size: Size(cols: 100, rows: 24), glyphs: .unicode).lines
        XCTAssertTrue(lines[1].contains("Cannot read the records just now"), lines[1])
        XCTAssertTrue(lines.contains { $0.contains("E^[]0;x^Gve") }, "the last snapshot stays on screen")
    }
}
