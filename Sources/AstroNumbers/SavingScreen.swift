import Messages
import Terminal

/// What a lesson shows while a write waits for the records (another program holds them locked): nothing
/// is lost, the write is tried again every moment, and the child may only stop. Answers wait on their own
/// question screen (`QuestionScreen.Notice.saving`); starting and finishing a session wait on this screen.
///
/// ```swift
/// SavingScreen(quizTitle: "Sums to 10").render(size: size, glyphs: .unicode, stopAsked: false)
/// ```
public struct SavingScreen: Sendable {
    /// Over the question while its answer waits.
    public static var savingAnswer: [String] { [tr("saving.answer"), tr("saving.wait")] }
    /// After Esc while an answer waits: stopping now loses it, so the child is told.
    public static var stopWhileSaving: [String] {
        [tr("saving.stop"), tr("saving.stop.answer"), tr("saving.stop.keys", ["yes": tr("key.yes")])]
    }

    public let quizTitle: String

    public init(quizTitle: String) {
        self.quizTitle = quizTitle
    }

    public func render(size: Size, glyphs: Glyphs, stopAsked: Bool) -> TextFrame {
        guard size.contains(QuestionLayout.minimumSize) else { return TextFrame.enlargeMessage(size: size, glyphs: glyphs) }
        var frame = TextFrame(size: size, glyphs: glyphs)
        frame.put(" Astro Numbers · \(quizTitle)".prefix(size.cols).description, at: Position(col: 0, row: 0),
                  style: Style(.title, [.bold]))
        let lines = stopAsked ? [tr("saving.stop"), tr("saving.stop.last"), tr("saving.stop.keys", ["yes": tr("key.yes")])]
                              : [tr("saving.plain"), tr("saving.wait")]
        let top = size.rows / 2 - lines.count / 2
        for (offset, line) in lines.enumerated() {
            frame.putCentred(" \(line) ", row: top + offset, style: Style(.button, [.bold]))
        }
        frame.put(tr("saving.keys"), at: Position(col: 1, row: size.rows - 1), style: Style(.hint))
        return frame
    }
}
