import Basics
import CNN
import Foundation
import Ink
import Messages
import Quiz
import Scoring
import Terminal

/// A whole lesson in the terminal: welcome screen, questions, score screen, with every answer written to
/// the records the moment it is given.
///
/// Everything that can fail on bad input (the set, the records, the weights) is checked before the screen
/// opens, so errors are one line on a normal terminal.
///
/// ```swift
/// var options = PlayOptions()
/// options.quiz = URL(fileURLWithPath: "Quizzes/addition-to-20.toml")
/// if case .stopped(let student, _) = try PlaySession.run(options) { print("\(student) can --resume") }
/// ```
public enum PlaySession {
    public static func run(_ options: PlayOptions) throws -> PlayOutcome {
        // No terminal, no lesson: found out before anything is loaded, let alone a records file created.
        try Screen.requireTerminal()
        let resources = try prepare(options)
        return try Screen.run(options: Screen.Options(mouse: options.mouse, theme: options.theme)) { screen in
            var loop = PlayLoop(screen: screen, resources: resources, options: options)
            return try loop.run()
        }
    }

    /// Loads the set, opens the records and the network: everything a lesson needs before the screen opens
    /// (also what `astro-lab play-bench` times). The records come last: a set or weights that cannot be used
    /// are refused before a records file (or its folder) is created.
    public static func prepare(_ options: PlayOptions) throws -> PlayResources {
        // The same rules as the welcome screen's name field: a name the child could not have typed there
        // (5,000 characters, escape sequences) is refused before anything is opened.
        if let student = options.student, let problem = StudentName.problem(with: student) {
            throw PlayError.invalidStudent(student, problem)
        }
        guard let quizURL = options.quiz ?? ProgramResources.defaultQuiz() else { throw PlayError.noDefaultQuiz }
        let set = try QuestionSet.load(contentsOf: quizURL, displayName: options.quiz.map { $0.relativePath })
        guard let weightsURL = options.weights ?? ProgramResources.weights() else { throw PlayError.noWeights }
        let network: DigitNetwork
        do {
            network = try DigitNetwork(contentsOf: weightsURL)
        } catch {
            throw PlayError.weights("\(error)")
        }
        // A lesson's writes wait a moment for a lock, then try again with the screen alive (PlayLoop+Saving).
        let store = try RecordStore(path: RecordStore.resolvePath(explicit: options.database), lockWait: PlayLoop.lockWait)
        FreedMemory.release()
        return PlayResources(set: set, store: store, reader: InkAnswerReader(classifier: network, threshold: network.readingThreshold,
                                                                                settings: network.readingSettings))
    }
}
