import Foundation
import Ink

/// The samples of the writers a `WriterSplit` gives a role: what the lab measures on (validation to choose,
/// test to report), and the trainer's non-digit letters (the training role).
///
/// ```swift
/// let digits = try HeldOutWriters.digits(role: .validation, split: .standard, pendigits: penURL, unipen: unipenURL)
/// let letters = try HeldOutWriters.nonDigitLetters(role: .test, split: .standard, unipen: unipenURL)
/// ```
public enum HeldOutWriters {
    /// Digits of the pendigits writers (their own numbers, 1-30) and UNIPEN writers (numbered from 1000) with `role`.
    public static func digits(role: WriterSplit.Role, split: WriterSplit, pendigits: URL?, unipen: URL?,
                              threads: Int = 2) throws -> [PenSample] {
        var samples: [PenSample] = []
        if let pendigits {
            do {
                samples += try PenDigits.read(contentsOf: pendigits).filter { split.role(ofPendigits: $0.writer) == role }
            } catch {
                throw TrainingDataError.invalid(path: pendigits.path, reason: "\(error)")
            }
        }
        if let unipen {
            samples += try Unipen.load(root: unipen, set: .digits, threads: threads)
                .filter { split.role(ofUnipen: $0) == role }.digitSamples()
        }
        return samples
    }

    /// UNIPEN letters that resemble no digit (`NonDigitLetters`) by writers with `role`, labelled
    /// `PenTrainingData.nonDigit`: what should never be read as a number.
    public static func nonDigitLetters(role: WriterSplit.Role, split: WriterSplit, unipen: URL, threads: Int = 2) throws -> [PenSample] {
        var letters: [PenSample] = []
        for set in [Unipen.CharacterSet.upperCase, .lowerCase] {
            let corpus = try Unipen.load(root: unipen, set: set, threads: threads).filter { split.role(ofUnipen: $0) == role }
            letters += corpus.characters.filter { NonDigitLetters.isNonDigit($0.label) }
                .map { PenSample(writer: 1000 + $0.writer, label: PenTrainingData.nonDigit, strokes: $0.strokes) }
        }
        return letters
    }
}
