import Foundation
import Messages
import Scoring
import Terminal

/// The welcome screen: the quiz's title, and the child types a name or picks one already in the records
/// (arrow keys or a click). Enter starts; Esc stops.
///
/// ```swift
/// var welcome = WelcomeScreen(quizTitle: "Sums to 10", description: "…", students: ["Ada", "Ben"])
/// if case .start(let name) = welcome.handle(.key(.enter), size: size) { … }
/// ```
public struct WelcomeScreen: Sendable {
    public enum Action: Hashable, Sendable {
        case none
        case start(String)
        case quit
    }

    /// Longest name a child can type (the records' rule, `StudentName.maximumLength`).
    public static let maximumNameLength = StudentName.maximumLength

    public let quizTitle: String
    public let description: String
    /// Names already in the records.
    public let students: [String]
    public private(set) var name = ""
    /// Index into `students` of the highlighted name, if any.
    public private(set) var selected: Int?
    /// Shown when Enter was pressed without a name.
    public private(set) var askedForName = false

    public init(quizTitle: String, description: String, students: [String]) {
        self.quizTitle = quizTitle
        self.description = description
        self.students = students
    }

    public mutating func handle(_ event: Event, size: Size) -> Action {
        switch event {
        case .key(.enter):
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else {
                askedForName = true
                return .none
            }
            return .start(trimmed)
        case .key(.escape), .key(.control("c")):
            return .quit
        case .key(.backspace), .key(.delete):
            if !name.isEmpty { name.removeLast() }
            selected = nil
        case .key(.down):
            move(by: 1)
        case .key(.up):
            move(by: -1)
        case .key(.character(let character)) where StudentName.allows(character) && name.count < Self.maximumNameLength:
            if character == " " && name.isEmpty { break }
            name.append(character)
            selected = nil
            askedForName = false
        case .mouse(let mouse) where mouse.action == .press(.left):
            let layout = Layout(size: size, students: students.count)
            if let index = layout.student(at: mouse.position), index < students.count {
                return .start(students[index])
            }
        default:
            break
        }
        return .none
    }

    private mutating func move(by step: Int) {
        guard !students.isEmpty else { return }
        let next = selected.map { $0 + step } ?? (step > 0 ? 0 : students.count - 1)
        selected = min(max(next, 0), students.count - 1)
        if let selected { name = students[selected] }
        askedForName = false
    }

    /// Where the list of names goes: in columns of up to `rowsPerColumn` names.
    struct Layout {
        static let listTop = 11
        static let columnWidth = 25
        let rowsPerColumn: Int
        let columns: Int

        init(size: Size, students: Int) {
            rowsPerColumn = max(1, size.rows - Self.listTop - 2)
            columns = max(1, (size.cols - 4) / Self.columnWidth)
        }

        func position(of index: Int) -> Position? {
            let column = index / rowsPerColumn
            guard column < columns else { return nil }
            return Position(col: 4 + column * Self.columnWidth, row: Self.listTop + index % rowsPerColumn)
        }

        func student(at p: Position) -> Int? {
            guard p.row >= Self.listTop, p.row < Self.listTop + rowsPerColumn, p.col >= 4 else { return nil }
            let column = (p.col - 4) / Self.columnWidth
            guard column < columns else { return nil }
            return column * rowsPerColumn + (p.row - Self.listTop)
        }
    }

    public func render(size: Size, glyphs: Glyphs) -> TextFrame {
        guard size.contains(QuestionLayout.minimumSize) else { return TextFrame.enlargeMessage(size: size, glyphs: glyphs) }
        var frame = TextFrame(size: size, glyphs: glyphs)
        frame.put(" Astro Numbers", at: Position(col: 0, row: 0), style: Style(.title, [.bold]))
        frame.putCentred(quizTitle, row: 2, style: Style(.title, [.bold]))
        frame.putCentred(String(description.prefix(size.cols - 4)), row: 3, style: Style(.hint))
        let prompt = tr("welcome.prompt")
        frame.put(prompt, at: Position(col: 4, row: 6), style: Style(.normal, [.bold]))
        let field = name + "_" + String(repeating: " ", count: max(0, Self.maximumNameLength - name.count))
        frame.put(field, at: Position(col: 4 + prompt.count, row: 6), style: Style(.ink, [.underline]))
        if askedForName {
            frame.put(tr("welcome.name-first"), at: Position(col: 4, row: 8), style: Style(.bad, [.bold]))
        }
        if !students.isEmpty {
            frame.put(tr("welcome.pick"), at: Position(col: 4, row: Layout.listTop - 1), style: Style(.hint))
            let layout = Layout(size: size, students: students.count)
            for (index, student) in students.enumerated() {
                guard let p = layout.position(of: index) else { break }
                let label = String(student.prefix(Layout.columnWidth - 2))
                frame.put(label, at: p, style: index == selected ? Style(.button, [.bold]) : Style(.normal))
            }
        }
        frame.put(tr("welcome.keys"), at: Position(col: 1, row: size.rows - 1), style: Style(.hint))
        return frame
    }
}
