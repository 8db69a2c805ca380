/// The outcome of a training run.
public struct TrainingReport: Sendable {
    /// Completed, or interrupted with a checkpoint to resume from.
    public var interrupted: Bool
    public var history: TrainingHistory
    /// Test-set figures (nil when interrupted).
    public var test: Evaluation?
    public var validation: Evaluation?
    public var weightsWritten: [String]
    public var wallSeconds: Double
    public var parameters: NetworkParameters
}
