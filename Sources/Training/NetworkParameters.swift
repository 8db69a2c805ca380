import Basics
import CNN

/// All numbers of an `astro-cnn-v1` network being trained: the trainable tensors in one flat array (so the
/// optimiser and the gradient reduction are single loops) and the batch-norm running statistics beside it.
/// Names and shapes are PyTorch's state_dict names, as `CNN.AstroCNNv1` expects.
///
/// ```swift
/// var parameters = NetworkParameters.heInitialized(seed: 1)
/// let conv1 = parameters.slice("conv1.weight")   // 576 values
/// let tensors = parameters.tensors()             // for CNN.Safetensors.write
/// ```
public struct NetworkParameters: Sendable, Equatable {
    /// One named tensor inside the flat array.
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let shape: [Int]
        public let offset: Int
        public var count: Int { shape.reduce(1, *) }
    }

    /// Trainable tensors, in a fixed order.
    public static let trainable: [Entry] = layout([
        ("conv1.weight", [64, 1, 3, 3]), ("conv1.bias", [64]), ("bn1.weight", [64]), ("bn1.bias", [64]),
        ("conv2.weight", [128, 64, 3, 3]), ("conv2.bias", [128]), ("bn2.weight", [128]), ("bn2.bias", [128]),
        ("fc1.weight", [128, 3200]), ("fc1.bias", [128]), ("bn3.weight", [128]), ("bn3.bias", [128]),
        ("fc2.weight", [10, 128]), ("fc2.bias", [10]),
    ])
    /// Running statistics (not trained by gradient; updated from batch statistics).
    public static let statistics: [Entry] = layout([
        ("bn1.running_mean", [64]), ("bn1.running_var", [64]),
        ("bn2.running_mean", [128]), ("bn2.running_var", [128]),
        ("bn3.running_mean", [128]), ("bn3.running_var", [128]),
    ])
    public static let trainableCount = trainable.last!.offset + trainable.last!.count
    public static let statisticsCount = statistics.last!.offset + statistics.last!.count

    /// The trainable numbers, laid out as `trainable`.
    public var values: [Float]
    /// The running statistics, laid out as `statistics`.
    public var running: [Float]

    public init(values: [Float], running: [Float]) {
        precondition(values.count == Self.trainableCount && running.count == Self.statisticsCount)
        self.values = values
        self.running = running
    }

    /// He (Kaiming) normal initialisation for weights (std = sqrt(2 / fan_in)), zero biases,
    /// batch-norm scale 1 and shift 0, running mean 0 and variance 1, as PyTorch starts.
    public static func heInitialized(seed: UInt64) -> NetworkParameters {
        var values = [Float](repeating: 0, count: trainableCount)
        var rng = SeededGenerator(seed: seed, stream: 0x1417)
        for entry in trainable {
            if entry.name.hasSuffix(".weight") && !entry.name.hasPrefix("bn") {
                let fanIn = entry.shape.dropFirst().reduce(1, *)
                let std = (2 / Float(fanIn)).squareRoot()
                for i in 0..<entry.count { values[entry.offset + i] = rng.normal() * std }
            } else if entry.name.hasPrefix("bn") && entry.name.hasSuffix(".weight") {
                for i in 0..<entry.count { values[entry.offset + i] = 1 }
            }
        }
        var running = [Float](repeating: 0, count: statisticsCount)
        for entry in statistics where entry.name.hasSuffix("running_var") {
            for i in 0..<entry.count { running[entry.offset + i] = 1 }
        }
        return NetworkParameters(values: values, running: running)
    }

    public static func entry(_ name: String) -> Entry? {
        trainable.first { $0.name == name } ?? statistics.first { $0.name == name }
    }

    /// Offset of a trainable tensor in `values` (names are fixed, so a miss is a programming error).
    static func offset(_ name: String) -> Int {
        guard let entry = trainable.first(where: { $0.name == name }) else { preconditionFailure("no tensor \(name)") }
        return entry.offset
    }

    static func runningOffset(_ name: String) -> Int {
        guard let entry = statistics.first(where: { $0.name == name }) else { preconditionFailure("no tensor \(name)") }
        return entry.offset
    }

    /// The values of one tensor by name.
    public func slice(_ name: String) -> [Float] {
        if let e = Self.trainable.first(where: { $0.name == name }) { return Array(values[e.offset..<e.offset + e.count]) }
        if let e = Self.statistics.first(where: { $0.name == name }) { return Array(running[e.offset..<e.offset + e.count]) }
        return []
    }

    /// Every tensor by its PyTorch name, ready for `CNN.Safetensors.write`.
    public func tensors() -> [String: Tensor] {
        var out: [String: Tensor] = [:]
        for e in Self.trainable { out[e.name] = Tensor(shape: e.shape, values: Array(values[e.offset..<e.offset + e.count])) }
        for e in Self.statistics { out[e.name] = Tensor(shape: e.shape, values: Array(running[e.offset..<e.offset + e.count])) }
        return out
    }

    /// Reads the tensors back (e.g. from a checkpoint); nil names the first missing or mis-shaped tensor.
    public static func from(tensors: [String: Tensor]) -> Result<NetworkParameters, MissingTensor> {
        var values = [Float](repeating: 0, count: trainableCount)
        var running = [Float](repeating: 0, count: statisticsCount)
        for e in trainable {
            guard let t = tensors[e.name], t.values.count == e.count else { return .failure(MissingTensor(name: e.name)) }
            values.replaceSubrange(e.offset..<e.offset + e.count, with: t.values)
        }
        for e in statistics {
            guard let t = tensors[e.name], t.values.count == e.count else { return .failure(MissingTensor(name: e.name)) }
            running.replaceSubrange(e.offset..<e.offset + e.count, with: t.values)
        }
        return .success(NetworkParameters(values: values, running: running))
    }

    /// A tensor that is absent or has the wrong number of values.
    public struct MissingTensor: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "tensor \(name) is missing or has the wrong shape" }
    }

    private static func layout(_ list: [(String, [Int])]) -> [Entry] {
        var offset = 0
        return list.map { name, shape in
            defer { offset += shape.reduce(1, *) }
            return Entry(name: name, shape: shape, offset: offset)
        }
    }
}
