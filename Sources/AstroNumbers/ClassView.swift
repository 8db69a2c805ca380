import Foundation
import SafeOutput
import Scoring
import Terminal

/// The teacher's live class view as a pure state: the latest snapshot of the records, the order, the child
/// chosen, and whether that child's answers are open. It paints into a ``TextFrame`` (so tests read it back
/// as text); ``ClassViewSession`` feeds it snapshots and keys.
///
/// ```swift
/// var view = ClassView(title: "Sums to 10")
/// view.update(watch.poll())
/// _ = view.handle(.key(.character("p")))        // sort by progress
/// view.render(size: Size(cols: 80, rows: 24), glyphs: .unicode).show(on: screen)
/// ```
public struct ClassView: Sendable {
    public enum Action: Hashable, Sendable {
        case none
        case quit
    }

    /// The smallest window the view draws in; a smaller one shows a message instead.
    public static let minimumSize = Size(cols: 60, rows: 12)

    /// The set's title when the view is limited to one set.
    public var title: String?
    public private(set) var order: ClassSnapshot.Order
    /// The last snapshot read; kept on screen while a later read fails.
    public private(set) var snapshot: ClassSnapshot?
    /// What the view is waiting for, or the last read's error; nil when the last read worked.
    public private(set) var notice: String?
    /// The child chosen (by name, so the choice follows the child when the rows move).
    public private(set) var selected: String?
    /// True while the chosen child's answers are shown.
    public private(set) var showingDetail = false

    public init(title: String? = nil, order: ClassSnapshot.Order = .name) {
        self.title = title
        self.order = order
    }

    /// Takes a new reading of the records.
    public mutating func update(_ reading: ClassWatch.Reading) {
        switch reading {
        case .snapshot(let new):
            snapshot = new
            notice = nil
            if selected == nil || !new.children.contains(where: { $0.student == selected }) {
                selected = new.sorted(by: order).first?.student
                if selected == nil { showingDetail = false }
            }
        case .waiting(let why):
            notice = ClassViewWords.waiting(why)
        case .failed(let error):
            notice = ClassViewWords.problem("\(error)")
        }
    }

    private var rows: [ClassSnapshot.Child] { snapshot?.sorted(by: order) ?? [] }

    public func handle(_ event: Event) -> Action {
        var copy = self
        return copy.apply(event) == .quit ? .quit : .none
    }

    /// Applies a key: sorting, choosing, opening and closing a child's answers, leaving.
    public mutating func apply(_ event: Event) -> Action {
        guard case .key(let key) = event else {
            if case .signal = event { return .quit }
            return .none
        }
        switch key {
        case .character("q"), .character("Q"), .control("c"):
            return .quit
        case .character("n"), .character("N"): order = .name
        case .character("p"), .character("P"): order = .progress
        case .character("s"), .character("S"): order = .score
        case .up, .character("k"): move(by: -1)
        case .down, .character("j"): move(by: 1)
        case .home: move(by: -rows.count)
        case .end: move(by: rows.count)
        case .enter: if selected != nil { showingDetail.toggle() }
        case .escape, .backspace, .left: showingDetail = false
        default: break
        }
        return .none
    }

    private mutating func move(by step: Int) {
        let names = rows.map(\.student)
        guard !names.isEmpty else { return }
        let current = names.firstIndex { $0 == selected } ?? 0
        selected = names[max(0, min(names.count - 1, current + step))]
    }

    // MARK: Drawing

    public func render(size: Size, glyphs: Glyphs) -> TextFrame {
        var frame = TextFrame(size: size, glyphs: glyphs)
        guard size.contains(Self.minimumSize) else {
            let lines = [ClassViewWords.tooSmallTitle, ClassViewWords.tooSmall("\(size)", "\(Self.minimumSize)"), ClassViewWords.quitHint]
            let top = max(0, (size.rows - lines.count) / 2)
            for (offset, line) in lines.enumerated() {
                frame.putCentred(line, row: top + offset, style: Style(offset == 0 ? .bad : .normal, offset == 0 ? [.bold] : []))
            }
            return frame
        }
        let clock = snapshot.map { ClassSnapshot.clock($0.takenAt) } ?? ""
        let heading = " " + ClassViewWords.title + (title.map { " · " + TerminalText.visible($0) } ?? "")
        frame.put(heading, at: Position(col: 0, row: 0), style: Style(.title, [.bold]))
        // The order and the clock on the right of the title line.
        let right = ClassViewWords.sortedBy(order) + "  " + clock
        frame.put(right, at: Position(col: max(heading.count + 2, size.cols - right.count - 1), row: 0), style: Style(.title))
        if let notice {
            frame.put(" " + TerminalText.visible(notice), at: Position(col: 0, row: 1), style: Style(.bad, [.bold]))
        } else if let snapshot {
            let states = snapshot.children.map(\.state)
            let line = ClassSnapshot.Words.summary(children: snapshot.children.count, answers: snapshot.answerCount)
                + ClassViewWords.counts(stuck: states.filter { $0 == .stuck }.count,
                                        stopped: states.filter { $0 == .stopped }.count,
                                        finished: states.filter { $0 == .finished }.count)
            frame.put(" " + line, at: Position(col: 0, row: 1), style: Style(.hint))
        }
        frame.put(" " + (showingDetail ? ClassViewWords.detailKeys : ClassViewWords.keys),
                  at: Position(col: 0, row: size.rows - 1), style: Style(.hint))
        guard let snapshot else { return frame }
        if showingDetail, let child = snapshot.children.first(where: { $0.student == selected }) {
            drawDetail(child, in: &frame, snapshot: snapshot)
        } else {
            drawTable(snapshot, in: &frame)
        }
        return frame
    }

    /// Column widths fitting `width`: each column as wide as its widest cell, then the set's title and the
    /// name cut down (to 6) when the row is too wide.
    static func widths(_ table: [[String]], width: Int, shrinkable: [Int]) -> [Int] {
        guard let first = table.first else { return [] }
        var widths = first.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        var excess = widths.reduce(0, +) + 2 * (widths.count - 1) + 2 - width
        for column in shrinkable where excess > 0 {
            let cut = min(excess, max(0, widths[column] - 6))
            widths[column] -= cut
            excess -= cut
        }
        return widths
    }

    static func line(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).map { cell, width in
            cell.count > width ? String(cell.prefix(max(0, width - 1))) + "…" : cell + String(repeating: " ", count: width - cell.count)
        }.joined(separator: "  ")
    }

    private func drawTable(_ snapshot: ClassSnapshot, in frame: inout TextFrame) {
        let size = frame.size
        let rows = self.rows
        let cells = rows.map { snapshot.cells(for: $0).map(TerminalText.visible) }
        let widths = Self.widths([ClassSnapshot.Words.columns] + cells, width: size.cols, shrinkable: [1, 0])
        frame.put("  " + Self.line(ClassSnapshot.Words.columns, widths: widths), at: Position(col: 0, row: 3), style: Style(.normal, [.bold]))
        if rows.isEmpty {
            frame.put("  " + ClassSnapshot.Words.nobodyYet, at: Position(col: 0, row: 4), style: Style(.hint))
        }
        // The most-missed questions take up to 5 lines under the table, fewer when the class needs the room.
        let missed = Array(snapshot.mostMissed.prefix(5))
        let bottom = size.rows - 2
        let tableRoom = bottom - 4
        let missedLines = missed.isEmpty ? 0 : min(missed.count + 2, max(0, tableRoom - min(rows.count, tableRoom - 3)))
        let visibleRows = max(1, tableRoom - missedLines)
        let chosen = rows.firstIndex { $0.student == selected } ?? 0
        // When the class does not fit, a window of rows around the chosen child, and a line saying how many more.
        let shown = rows.count <= visibleRows ? rows.count : max(1, visibleRows - 1)
        let first = max(0, min(chosen - shown / 2, rows.count - shown))
        for offset in 0..<shown {
            let index = first + offset
            let child = rows[index]
            var style: Style
            switch child.state {
            case .stuck: style = Style(.bad, [.bold])
            case .stopped: style = Style(.hint)
            case .finished: style = Style(.good)
            case .answering: style = .plain
            }
            if child.student == selected { style.attributes.insert(.reverse) }
            frame.put("  " + Self.line(cells[index], widths: widths), at: Position(col: 0, row: 4 + offset), style: style)
        }
        if shown < rows.count {
            frame.put("  " + ClassViewWords.moreRows(rows.count - shown), at: Position(col: 0, row: 4 + shown), style: Style(.hint))
        }
        guard missedLines >= 3 else { return }
        let top = bottom - missedLines + 1
        frame.put(" " + ClassSnapshot.Words.mostMissed, at: Position(col: 0, row: top), style: Style(.title, [.bold]))
        let table = [ClassSnapshot.Words.missedColumns] + missed.prefix(missedLines - 2).map { missed in
            [missed.question, missed.expected, ClassSnapshot.Words.missed(missed.missed, missed.asked),
             missed.wrongAnswers.map { "\($0.answer) (\($0.count))" }.joined(separator: ", ")].map(TerminalText.visible)
        }
        let missedWidths = Self.widths(table, width: size.cols, shrinkable: [3, 0])
        for (offset, cells) in table.enumerated() {
            frame.put("  " + Self.line(cells, widths: missedWidths), at: Position(col: 0, row: top + 1 + offset),
                      style: offset == 0 ? Style(.normal, [.bold]) : Style(.bad))
        }
    }

    private func drawDetail(_ child: ClassSnapshot.Child, in frame: inout TextFrame, snapshot: ClassSnapshot) {
        let size = frame.size
        let summary = snapshot.cells(for: child).map(TerminalText.visible).joined(separator: " · ")
        frame.put(" " + summary, at: Position(col: 0, row: 3), style: Style(.title, [.bold]))
        guard !child.answers.isEmpty else {
            frame.put("  " + ClassViewWords.noAnswers, at: Position(col: 0, row: 5), style: Style(.hint))
            return
        }
        let table = [ClassViewWords.detailColumns] + child.answers.map { answer in
            ["\(answer.questionIndex + 1)", answer.question, answer.expected, answer.read ?? "-",
             ClassViewWords.result(answer.outcome), ClassViewWords.seconds(answer.seconds), "\(answer.attempt)"]
                .map(TerminalText.visible)
        }
        let widths = Self.widths(table, width: size.cols, shrinkable: [1])
        frame.put("  " + Self.line(table[0], widths: widths), at: Position(col: 0, row: 5), style: Style(.normal, [.bold]))
        // The latest answers at the bottom; the earliest give way when they do not all fit.
        let room = size.rows - 2 - 6
        var rows = Array(table.dropFirst())
        var top = 6
        if rows.count > room {
            frame.put("  " + ClassViewWords.earlierAnswers(rows.count - room + 1), at: Position(col: 0, row: top), style: Style(.hint))
            rows = Array(rows.suffix(room - 1))
            top += 1
        }
        let outcomes = Array(child.answers.suffix(rows.count))
        for (offset, cells) in rows.enumerated() {
            let style: Style
            switch outcomes[offset].outcome {
            case .correct: style = Style(.good)
            case .wrong: style = Style(.bad, [.bold])
            case .unreadable: style = Style(.hint)
            }
            frame.put("  " + Self.line(cells, widths: widths), at: Position(col: 0, row: top + offset), style: style)
        }
    }
}
