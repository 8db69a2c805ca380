import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// A problem found before the first question is asked.
public enum PlayError: Error, CustomStringConvertible, Equatable {
    case noDefaultQuiz
    case noWeights
    case weights(String)
    case invalidStudent(String, StudentName.Problem)

    public var description: String {
        switch self {
        case .noDefaultQuiz:
            return tr("play.no-default-quiz", ["file": QuestionSet.defaultFileName])
        case .noWeights:
            return tr("play.no-weights", ["file": "Weights/\(AstroCNNv1.name).safetensors"])
        case .weights(let message):
            return message
        case .invalidStudent(let name, let problem):
            return tr("play.student", ["name": StudentName.quoted(name), "problem": problem.message])
        }
    }
}
