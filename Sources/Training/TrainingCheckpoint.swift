import CNN
import Foundation

/// The complete state of a run after a batch: parameters, running statistics, Adam moments, position and
/// history, as one safetensors file (written to a temporary file and renamed, so a killed run never leaves
/// a corrupt checkpoint).
///
/// ```swift
/// try TrainingCheckpoint(parameters: p, adam: adam, epoch: 3, batchInEpoch: 0, history: h, fingerprint: f).write(to: url)
/// let restored = try TrainingCheckpoint.read(contentsOf: url)
/// ```
public struct TrainingCheckpoint: Sendable {
    public var parameters: NetworkParameters
    public var adam: AdamOptimizer
    /// The moving average of the weights, when the run keeps one.
    public var average: WeightAverage?
    /// Epochs fully done, and batches done in the next one.
    public var epoch: Int
    public var batchInEpoch: Int
    public var history: TrainingHistory
    /// The options that must match to resume (seed, batch, threads, data recipe).
    public var fingerprint: String
    /// Sums of the unfinished epoch (so its train loss/accuracy stay exact after resuming).
    public var partialLoss: Double = 0
    public var partialCorrect: Int = 0
    public var partialSeconds: Double = 0

    public init(parameters: NetworkParameters, adam: AdamOptimizer, average: WeightAverage? = nil, epoch: Int, batchInEpoch: Int,
                history: TrainingHistory, fingerprint: String) {
        self.parameters = parameters
        self.adam = adam
        self.average = average
        self.epoch = epoch
        self.batchInEpoch = batchInEpoch
        self.history = history
        self.fingerprint = fingerprint
    }

    public func write(to url: URL) throws {
        var tensors = parameters.tensors()
        tensors["adam.m"] = Tensor(shape: [adam.m.count], values: adam.m)
        tensors["adam.v"] = Tensor(shape: [adam.v.count], values: adam.v)
        if let average { tensors["average.values"] = Tensor(shape: [average.values.count], values: average.values) }
        var metadata = [
            "architecture": "astro-cnn-v1", "bn_eps": "1e-05", "kind": "astro-numbers training checkpoint",
            "epoch": "\(epoch)", "batch_in_epoch": "\(batchInEpoch)", "adam_step": "\(adam.step)",
            "history": history.csv, "fingerprint": fingerprint,
            "partial_loss": "\(partialLoss)", "partial_correct": "\(partialCorrect)", "partial_seconds": "\(partialSeconds)",
        ]
        if let average {
            metadata["average_decay"] = "\(average.decay)"
            metadata["average_updates"] = "\(average.updates)"
        }
        try Safetensors.write(tensors, metadata: metadata, to: url)
    }

    public static func read(contentsOf url: URL) throws -> TrainingCheckpoint {
        let file: SafetensorsFile
        do { file = try Safetensors.read(contentsOf: url) } catch {
            throw TrainingDataError.invalid(path: url.path, reason: "not a readable checkpoint (\(error))")
        }
        func meta(_ key: String) throws -> String {
            guard let value = file.metadata[key] else {
                throw TrainingDataError.invalid(path: url.path, reason: "checkpoint metadata lacks \(key)")
            }
            return value
        }
        func number(_ key: String) throws -> Int {
            guard let n = Int(try meta(key)) else { throw TrainingDataError.invalid(path: url.path, reason: "metadata \(key) is not a number") }
            return n
        }
        let parameters: NetworkParameters
        switch NetworkParameters.from(tensors: file.tensors) {
        case .success(let p): parameters = p
        case .failure(let missing): throw TrainingDataError.invalid(path: url.path, reason: missing.description)
        }
        var adam = AdamOptimizer(count: NetworkParameters.trainableCount)
        guard let m = file.tensors["adam.m"], let v = file.tensors["adam.v"],
              m.values.count == adam.m.count, v.values.count == adam.v.count else {
            throw TrainingDataError.invalid(path: url.path, reason: "checkpoint lacks the optimiser state adam.m/adam.v")
        }
        adam.m = m.values
        adam.v = v.values
        adam.step = try number("adam_step")
        let history: TrainingHistory
        do { history = try TrainingHistory(csv: try meta("history")) } catch {
            throw TrainingDataError.invalid(path: url.path, reason: "\(error)")
        }
        var checkpoint = TrainingCheckpoint(parameters: parameters, adam: adam, epoch: try number("epoch"),
                                            batchInEpoch: try number("batch_in_epoch"), history: history,
                                            fingerprint: try meta("fingerprint"))
        if let values = file.tensors["average.values"] {
            guard values.values.count == NetworkParameters.trainableCount,
                  let decay = Float(file.metadata["average_decay"] ?? ""), let updates = Int(file.metadata["average_updates"] ?? "") else {
                throw TrainingDataError.invalid(path: url.path, reason: "checkpoint has a malformed weight average")
            }
            checkpoint.average = WeightAverage(decay: decay, start: values.values, updates: updates)
        }
        checkpoint.partialLoss = Double(file.metadata["partial_loss"] ?? "") ?? 0
        checkpoint.partialCorrect = Int(file.metadata["partial_correct"] ?? "") ?? 0
        checkpoint.partialSeconds = Double(file.metadata["partial_seconds"] ?? "") ?? 0
        return checkpoint
    }
}
