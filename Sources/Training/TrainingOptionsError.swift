/// A training option outside what the trainer accepts. `option` names the `TrainingOptions` property, so each
/// front end words it its own way (`astro-lab train` says `--epochs must be at least 1`).
///
/// ```swift
/// do { try options.check() } catch let error as TrainingOptionsError { print(error) }   // epochs must be at least 1
/// ```
public struct TrainingOptionsError: Error, CustomStringConvertible, Equatable {
    /// The `TrainingOptions` property, e.g. `epochs` or `weightAverageDecay`.
    public let option: String
    /// What it must be, e.g. `at least 1` or `in [0, 1)`.
    public let requirement: String

    public init(option: String, requirement: String) {
        self.option = option
        self.requirement = requirement
    }

    public var description: String { "\(option) must be \(requirement)" }
}
