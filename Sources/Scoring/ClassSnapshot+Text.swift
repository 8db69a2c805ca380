import Foundation
import Messages

extension ClassSnapshot {
    /// How the rows are ordered: by name, by progress (furthest first) or by score (best first).
    public enum Order: String, Sendable, CaseIterable {
        case name, progress, score
    }

    /// The children in `order`; ties keep name order.
    ///
    /// ```swift
    /// snapshot.sorted(by: .progress).first?.student   // the child furthest on
    /// ```
    public func sorted(by order: Order) -> [Child] {
        let byName = children   // already by name
        switch order {
        case .name: return byName
        case .progress:
            return byName.enumerated().sorted { a, b in
                let (x, y) = (a.element, b.element)
                let px = x.questionCount > 0 ? Double(x.answered) / Double(x.questionCount) : 0
                let py = y.questionCount > 0 ? Double(y.answered) / Double(y.questionCount) : 0
                return px != py ? px > py : a.offset < b.offset
            }.map(\.element)
        case .score:
            return byName.enumerated().sorted { a, b in
                let (x, y) = (a.element, b.element)
                // The share right of what was answered, so a child just starting is not last for it.
                let sx = x.answered > 0 ? Double(x.correct) / Double(x.answered) : -1
                let sy = y.answered > 0 ? Double(y.correct) / Double(y.answered) : -1
                return sx != sy ? sx > sy : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// The cells of one child's row: name, set, progress, score, time since the last answer, state.
    ///
    /// ```swift
    /// snapshot.cells(for: child)   // ["Ada", "Sums to 10", "7 of 10", "6 right", "0:04 ago", "answering"]
    /// ```
    public func cells(for child: Child) -> [String] {
        [child.student, child.quizTitle, Words.progress(child.answered, child.questionCount),
         Words.score(child.correct, child.answered),
         child.lastAnswerAt == nil ? Words.noAnswerYet : Words.ago(ClassReport.duration(child.secondsSinceLastAnswer(at: takenAt))),
         Words.state(child.state)]
    }

    /// One snapshot as aligned plain text (`astro-numbers class --once`); names, titles and questions go
    /// through `TerminalText.visible`.
    ///
    /// ```swift
    /// print(snapshot.text(order: .name, missedLimit: 5))
    /// ```
    public func text(order: Order = .name, missedLimit: Int = 5, title: String? = nil) -> String {
        var out = Words.heading(time: ClassSnapshot.clock(takenAt), children: children.count, answers: answerCount,
                                title: title) + "\n"
        if children.isEmpty {
            out += "  " + Words.nobodyYet + "\n"
        } else {
            out += TextTable(header: Words.columns, rightAligned: [], rows: sorted(by: order).map(cells)).render(indent: 2)
        }
        out += "\n" + Words.mostMissed + "\n"
        if mostMissed.isEmpty {
            out += "  " + Words.noneMissed + "\n"
        } else {
            out += TextTable(header: Words.missedColumns, rightAligned: [1, 2],
                             rows: mostMissed.prefix(missedLimit).map { missed in
                                 [missed.question, missed.expected, Words.missed(missed.missed, missed.asked),
                                  ClassReport.wrongAnswersText(missed.wrongAnswers)]
                             }).render(indent: 2)
        }
        return out
    }

    /// `10:42:07`, local time.
    public static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }

    /// The class view's words, in one place, from the message catalogues (`class.*` keys).
    public enum Words {
        public static var columns: [String] {
            ["child", "set", "progress", "score", "last", "state"].map { tr("class.column.\($0)") }
        }
        public static var missedColumns: [String] {
            ["question", "expected", "missed", "wrong"].map { tr("class.missed.column.\($0)") }
        }
        public static var mostMissed: String { tr("class.most-missed") }
        public static var nobodyYet: String { tr("class.nobody") }
        public static var noneMissed: String { tr("class.none-missed") }
        public static var noAnswerYet: String { tr("class.no-answer") }

        /// "Class at 10:42:07 · Sums to 10 · 3 children · 27 answers today".
        public static func heading(time: String, children: Int, answers: Int, title: String?) -> String {
            tr("class.heading", ["time": time, "set": title.map { " · \($0)" } ?? "",
                                 "children": tr("class.children", count: children), "answers": tr("class.answers", count: answers)])
        }
        /// "3 children · 27 answers today".
        public static func summary(children: Int, answers: Int) -> String {
            tr("class.summary", ["children": tr("class.children", count: children), "answers": tr("class.answers", count: answers)])
        }
        public static func progress(_ answered: Int, _ count: Int) -> String { tr("class.progress", ["answered": answered, "total": count]) }
        public static func score(_ correct: Int, _ answered: Int) -> String { tr("class.score", count: correct) }
        public static func ago(_ duration: String) -> String { tr("class.ago", ["time": duration]) }
        public static func missed(_ missed: Int, _ asked: Int) -> String { tr("class.missed", ["missed": missed, "asked": asked]) }
        public static func state(_ state: State) -> String { tr("class.state.\(state.rawValue)") }
        public static func order(_ order: Order) -> String { tr("class.order.\(order.rawValue)") }
    }
}
