import Foundation

/// What happened in each epoch, written as CSV beside the weights and kept in checkpoints.
///
/// ```swift
/// var history = TrainingHistory()
/// history.rows.append(.init(epoch: 1, learningRate: 2e-3, trainLoss: 0.3, trainAccuracy: 0.91,
///                           validationLoss: 0.08, validationAccuracy: 0.975, seconds: 70, imagesPerSecond: 900))
/// let csv = history.csv
/// ```
public struct TrainingHistory: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var epoch: Int
        public var learningRate: Double
        public var trainLoss: Double
        public var trainAccuracy: Double
        public var validationLoss: Double
        public var validationAccuracy: Double
        public var seconds: Double
        public var imagesPerSecond: Double

        public init(epoch: Int, learningRate: Double, trainLoss: Double, trainAccuracy: Double,
                    validationLoss: Double, validationAccuracy: Double, seconds: Double, imagesPerSecond: Double) {
            self.epoch = epoch
            self.learningRate = learningRate
            self.trainLoss = trainLoss
            self.trainAccuracy = trainAccuracy
            self.validationLoss = validationLoss
            self.validationAccuracy = validationAccuracy
            self.seconds = seconds
            self.imagesPerSecond = imagesPerSecond
        }
    }

    public var rows: [Row] = []

    public init(rows: [Row] = []) {
        self.rows = rows
    }

    public static let header = "epoch,learning_rate,train_loss,train_accuracy,validation_loss,validation_accuracy,seconds,images_per_second"

    public var csv: String {
        var lines = [Self.header]
        for r in rows {
            lines.append("\(r.epoch),\(fmt(r.learningRate, 6)),\(fmt(r.trainLoss, 5)),\(fmt(r.trainAccuracy, 5)),"
                + "\(fmt(r.validationLoss, 5)),\(fmt(r.validationAccuracy, 5)),\(fmt(r.seconds, 1)),\(fmt(r.imagesPerSecond, 0))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses what `csv` wrote (used when resuming from a checkpoint).
    public init(csv: String) throws {
        let lines = csv.split(separator: "\n").map(String.init)
        guard lines.first == Self.header else {
            throw TrainingDataError.invalid(path: "checkpoint history", reason: "unexpected CSV header")
        }
        for (n, line) in lines.dropFirst().enumerated() {
            let f = line.split(separator: ",").map { Double($0) }
            guard f.count == 8, f.allSatisfy({ $0 != nil }) else {
                throw TrainingDataError.invalid(path: "checkpoint history", reason: "line \(n + 2) is not 8 numbers")
            }
            rows.append(Row(epoch: Int(f[0]!), learningRate: f[1]!, trainLoss: f[2]!, trainAccuracy: f[3]!,
                            validationLoss: f[4]!, validationAccuracy: f[5]!, seconds: f[6]!, imagesPerSecond: f[7]!))
        }
    }
}

func fmt(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}
