import EnglishCatalogue
import XCTest
@testable import Scoring

final class ClassReportTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: RecordStore!

    override func setUpWithError() throws {
        EnglishMessages.install()
        folder = try TemporaryFolder()
        store = try RecordStore(path: folder.file("class.sqlite"))
    }
    override func tearDown() { folder.remove() }

    /// Ada and "Ben, Jr." each sit the same three sums; both miss 7 + 8.
    private func fillClass() throws {
        let sums = [("7 + 8", "15"), ("2 + 2", "4"), ("9 + 9", "18")]
        let reads: [String: [String?]] = ["Ada": ["16", "4", "18"], "Ben, Jr.": ["14", "4", nil]]
        for student in ["Ada", "Ben, Jr."] {
            let session = try store.startSession(student: student, quizTitle: "Add \"quick\"", quizFile: "a.toml",
                                                 contentHash: "h", questionCount: 3)
            for (index, (question, expected)) in sums.enumerated() {
                try store.record(AnswerRecord(questionIndex: index, question: question, expected: expected,
                                              read: reads[student]![index], input: .drawn, seconds: 10),
                                 in: session)
            }
            if student == "Ada" { try store.finish(session) } else { try store.interrupt(session) }
        }
    }

    func testClassTableAndMostMissedQuestions() throws {
        try fillClass()
        let report = try store.report()
        XCTAssertEqual(report.students.map(\.student), ["Ada", "Ben, Jr."])
        XCTAssertEqual(report.students.map(\.points), [2, 1])
        XCTAssertEqual(report.students.map(\.maxPoints), [3, 3])
        XCTAssertEqual(report.students[0].percentage, 200.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(report.students.map(\.completedSessions), [1, 0])
        XCTAssertEqual(report.students.map(\.seconds), [30, 30])
        XCTAssertEqual(report.mostMissed.map(\.question), ["7 + 8", "9 + 9"])
        XCTAssertEqual(report.mostMissed[0].missed, 2)
        XCTAssertEqual(report.mostMissed[0].asked, 2)
        XCTAssertEqual(report.mostMissed[0].wrongAnswers.map(\.answer), ["14", "16"])
        XCTAssertEqual(report.mostMissed[1].wrongAnswers.map(\.answer), ["?"])
        XCTAssertEqual(report.sessions.map(\.status), [.completed, .interrupted])

        let ben = try store.report(ReportFilter(student: "ben, jr."))
        XCTAssertEqual(ben.students.map(\.student), ["Ben, Jr."])
        XCTAssertEqual(ben.mostMissed.map(\.question), ["7 + 8", "9 + 9"])
    }

    func testTextShowsTableMissedQuestionsAndHistory() throws {
        try fillClass()
        let text = try store.report().text(history: true)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Class")
        XCTAssertEqual(lines[1], "  Student   Sessions  Score  Percent  Time")
        XCTAssertEqual(lines[2], "  Ada              1    2/3    66.7%  0:30")
        XCTAssertEqual(lines[3], "  Ben, Jr.         1    1/3    33.3%  0:30")
        XCTAssertTrue(text.contains("  7 + 8           15  2 of 2  14 (1), 16 (1)\n  9 + 9           18  1 of 2  ? (1)\n"), text)
        XCTAssertTrue(text.contains("interrupted"), text)
        XCTAssertTrue(try store.report(ReportFilter(student: "Nobody")).text().contains("(no sessions match)"))
    }

    func testCSVIsRFC4180WithAHeader() throws {
        try fillClass()
        let csv = try store.report().csv()
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.last, "")                       // ends with CRLF
        XCTAssertEqual(lines[0], ClassReport.csvHeader.joined(separator: ","))
        XCTAssertEqual(lines[1], "student,Ada,,,,1,1,2,3,66.7,,30.0,,,,,")
        XCTAssertEqual(lines[2], "student,\"Ben, Jr.\",,,,1,0,1,3,33.3,,30.0,,,,,")
        XCTAssertEqual(lines[3], "question,,,,,,,,,,,,7 + 8,15,2,2,\"14 (1), 16 (1)\"")
        XCTAssertTrue(lines[5].hasPrefix("session,Ada,\"Add \"\"quick\"\"\","), lines[5])
        XCTAssertTrue(lines[5].hasSuffix(",completed,,,2,3,66.7,2,30.0,,,,,"), lines[5])
        XCTAssertEqual(lines.count, 1 + 2 + 2 + 2 + 1)
    }

    func testCSVFieldQuoting() {
        XCTAssertEqual(CSV.field("plain"), "plain")
        XCTAssertEqual(CSV.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSV.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSV.field("two\nlines"), "two^Jlines")   // shown, as on a terminal
        XCTAssertEqual(CSV.encode([["a", "b"], ["c", ""]]), "a,b\r\nc,\r\n")
    }

    /// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(A1)`, `+1`, `-1`) is made text.
    func testCSVCellsCannotBeFormulas() {
        XCTAssertEqual(CSV.field("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        XCTAssertEqual(CSV.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSV.field("+1"), "'+1")
        XCTAssertEqual(CSV.field("-1+1"), "'-1+1")
        XCTAssertEqual(CSV.field("Ada = ok"), "Ada = ok")
        XCTAssertEqual(CSV.field("66.7"), "66.7")
    }

    /// Names and titles with escape sequences reach neither the terminal (`report`, `report --csv -`) nor
    /// the spreadsheet as control characters.
    func testTextAndCSVShowControlCharactersInsteadOfSendingThem() throws {
        let title = "Sums\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let session = try store.startSession(student: "Ada", quizTitle: title, quizFile: "a.toml",
                                             contentHash: "h", questionCount: 1)
        try store.record(AnswerRecord(questionIndex: 0, question: "=1+1\u{202E}", expected: "2", read: "3",
                                      input: .typed, seconds: 1), in: session)
        let report = try store.report()
        for output in [report.text(history: true), report.csv()] {
            XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, output)
        }
        XCTAssertTrue(report.text(history: true).contains("Sums^[]0;pwned^G^[[2J"), report.text(history: true))
        XCTAssertTrue(report.csv().contains(",'=1+1<U+202E>,2,"), report.csv())
        // Names with controls can no longer be stored at all.
        XCTAssertThrowsError(try store.startSession(student: "\u{1B}]0;pwned\u{07}", quizTitle: "t", quizFile: "f",
                                                    contentHash: "h", questionCount: 1)) {
            XCTAssertEqual($0 as? RecordStoreError, .invalidStudentName("\u{1B}]0;pwned\u{07}", .controlCharacters))
            XCTAssertEqual("\($0)", "invalid student name \"^[]0;pwned^G\": a name may not contain control or text-direction characters")
        }
    }
}
