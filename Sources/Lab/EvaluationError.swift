/// Why labelled images cannot be evaluated (one line each).
///
/// ```swift
/// print(EvaluationError.badLabel(index: 0, value: 12))   // evaluation: label 0 is 12, expected 0-9
/// ```
public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    case sizeMismatch(images: Int, labels: Int)
    case badLabel(index: Int, value: Int)

    public var description: String {
        switch self {
        case let .sizeMismatch(images, labels):
            return "evaluation: \(images) image bytes do not make \(labels) images of 28x28"
        case let .badLabel(index, value):
            return "evaluation: label \(index) is \(value), expected 0-9"
        }
    }
}
