import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// What a lesson needs, loaded before the screen opens.
///
/// ```swift
/// let resources = try PlaySession.prepare(PlayOptions())
/// print(resources.reader.read(drawing).answer ?? "unreadable")
/// ```
public struct PlayResources {
    public let set: QuestionSet
    public let store: RecordStore
    public let reader: AnswerReader
}
