/// Training stopped because it diverged: the loss of a batch was no longer a finite number, so the weights
/// are beyond use (typically a learning rate far too large). Nothing is written after it.
///
/// ```swift
/// do { _ = try trainer.run() }
/// catch let error as TrainingDivergence { print(error) }
/// // training diverged in epoch 1, batch 2: the loss is nan (peak learning rate 1e+30); try a smaller learning rate
/// ```
public struct TrainingDivergence: Error, CustomStringConvertible, Equatable {
    /// 1-based epoch and batch within it.
    public let epoch: Int
    public let batch: Int
    public let loss: Double
    /// The peak learning rate of the run.
    public let learningRate: Float

    public init(epoch: Int, batch: Int, loss: Double, learningRate: Float) {
        self.epoch = epoch
        self.batch = batch
        self.loss = loss
        self.learningRate = learningRate
    }

    public var description: String {
        "training diverged in epoch \(epoch), batch \(batch): the loss is \(loss) (peak learning rate \(learningRate)); try a smaller learning rate"
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.epoch == b.epoch && a.batch == b.batch && a.learningRate == b.learningRate
            && (a.loss == b.loss || (a.loss.isNaN && b.loss.isNaN))
    }
}
