import Basics
import Foundation

/// The `astro-cnn-v1` digit reader for inference: one network, or an ensemble of several whose softmax
/// probabilities are averaged. A file holds an ensemble when its tensors are named `members.0.conv1.weight`,
/// `members.1.conv1.weight`, … (the names `../shared/bench/torch_reference.py` reads); plain `conv1.weight`
/// names are one network. Loading folds each batch norm into the layer before it and packs the weights for
/// the matrix kernel (`NetworkMember`). Thread-safe: calls from several threads at once are fine (each
/// borrows its own scratch `Workspace`).
///
/// ```swift
/// let url = URL(fileURLWithPath: "Weights/astro-cnn-v1.safetensors")
/// let network = try DigitNetwork(contentsOf: url)
/// let p = network.probabilities(for: pixels)          // 784 values, ink 1.0 → 10 probabilities
/// let digit = p.indices.max { p[$0] < p[$1] }!
/// print(network.memberCount)                           // 1, or the ensemble's size
/// ```
public final class DigitNetwork: Sendable {
    /// Where the weights came from (a path, or the `source` given to `init(file:source:)`).
    public let source: String
    /// The file's `__metadata__` (architecture, bn_eps, provenance).
    public let metadata: [String: String]
    let members: [NetworkMember]
    private let pool = WorkspacePool()

    /// Loads and validates a safetensors file (see `Safetensors.read` and `AstroCNNv1.validate`).
    /// Every failure is a one-line `SafetensorsError` naming the file and the tensor.
    public convenience init(contentsOf url: URL) throws {
        try self.init(file: try Safetensors.read(contentsOf: url), source: url.path)
    }

    /// Builds the network (or ensemble) from tensors already in memory (e.g. the trainer's current weights).
    public init(file: SafetensorsFile, source: String) throws {
        self.source = source
        metadata = file.metadata
        members = try Self.memberFiles(of: file, source: source).map { try NetworkMember(file: $0, source: source) }
    }

    /// How many networks are averaged (1 for a plain file).
    public var memberCount: Int { members.count }

    /// The tensors of each member under plain names: `members.K.` stripped (K = 0, 1, … without gaps), or
    /// the file itself when it has no `members.` tensors. Metadata is shared.
    public static func memberFiles(of file: SafetensorsFile, source: String) throws -> [SafetensorsFile] {
        let prefixed = file.tensors.keys.filter { $0.hasPrefix("members.") }
        guard !prefixed.isEmpty else { return [file] }
        var byMember: [Int: [String: Tensor]] = [:]
        for name in prefixed {
            let rest = name.dropFirst("members.".count)
            guard let dot = rest.firstIndex(of: "."), let k = Int(rest[..<dot]), k >= 0, k < 64 else {
                throw SafetensorsError.badMetadata(file: source, key: name, detail: "expected members.<0-63>.<tensor>")
            }
            byMember[k, default: [:]][String(rest[rest.index(after: dot)...])] = file.tensors[name]
        }
        guard byMember.keys.sorted() == Array(0..<byMember.count) else {
            throw SafetensorsError.badMetadata(file: source, key: "members",
                                               detail: "member numbers \(byMember.keys.sorted()) are not 0, 1, 2, … without gaps")
        }
        return (0..<byMember.count).map { SafetensorsFile(tensors: byMember[$0]!, metadata: file.metadata) }
    }

    /// Several single-network files as one ensemble's tensors (`members.K.` names), metadata given.
    public static func ensembleTensors(of members: [SafetensorsFile]) -> [String: Tensor] {
        var tensors: [String: Tensor] = [:]
        for (k, member) in members.enumerated() {
            for (name, tensor) in member.tensors { tensors["members.\(k).\(name)"] = tensor }
        }
        return tensors
    }

    /// The 10 raw scores for one 28×28 image, row-major, ink 1.0, background 0.0. For an ensemble these are
    /// the logarithms of the members' mean probabilities, so `softmax(logits)` is that mean.
    ///
    /// ```swift
    /// let scores = network.logits(for: [Float](repeating: 0, count: 784))
    /// ```
    public func logits(for image: [Float]) -> [Float] {
        precondition(image.count == 784, "DigitNetwork: an image has 784 pixels, got \(image.count)")
        var result = [Float](repeating: 0, count: 10 * members.count)
        let workspace = pool.take()
        defer { pool.give(workspace) }
        image.withUnsafeBufferPointer { x in
            result.withUnsafeMutableBufferPointer { out in
                for (k, member) in members.enumerated() { member.logits(x.baseAddress!, workspace, into: out.baseAddress! + 10 * k) }
            }
        }
        return members.count == 1 ? result : Self.meanLogProbabilities(result, members: members.count, images: 1)
    }

    /// Softmax of `logits(for:)`: 10 probabilities summing to 1 (the members' mean).
    ///
    /// ```swift
    /// let p = network.probabilities(for: image); print(p[7])
    /// ```
    public func probabilities(for image: [Float]) -> [Float] {
        Layers.softmax(logits(for: image))
    }

    /// Logits for `count` images stored one after another (784 floats each), `count × 10` values,
    /// computed on `threads` threads. Same numbers as the one-image call up to float rounding of the
    /// batched dense layer.
    public func logits(forBatch images: [Float], count: Int, threads: Int) -> [Float] {
        precondition(count >= 0 && images.count == count * 784, "DigitNetwork: batch of \(count) needs \(count * 784) floats")
        let k = members.count
        var result = [Float](repeating: 0, count: count * 10 * k)
        guard count > 0 else { return [] }
        let workers = max(1, min(threads, (count + 7) / 8))
        images.withUnsafeBufferPointer { x in
            result.withUnsafeMutableBufferPointer { out in
                // Workers read the shared input and each writes its own images' logits.
                let input = WorkerShared(x.baseAddress!), output = WorkerShared(out.baseAddress!)
                let run = { @Sendable (worker: Int) in
                    let first = count * worker / workers, last = count * (worker + 1) / workers
                    let workspace = self.pool.take()
                    defer { self.pool.give(workspace) }
                    // Member m writes its logits to the m-th block of count × 10 values.
                    for (m, member) in self.members.enumerated() {
                        var start = first
                        while start < last {
                            let n = min(Workspace.batch, last - start)
                            member.forwardBatch(input.value + start * 784, n, workspace, output.value + (m * count + start) * 10)
                            start += n
                        }
                    }
                }
                if workers == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: run) }
            }
        }
        guard k > 1 else { return result }
        // Regroup image-major (image i: member 0's 10, member 1's 10, …) and average.
        var regrouped = [Float](repeating: 0, count: result.count)
        for m in 0..<k { for i in 0..<count { for d in 0..<10 { regrouped[(i * k + m) * 10 + d] = result[(m * count + i) * 10 + d] } } }
        return Self.meanLogProbabilities(regrouped, members: k, images: count)
    }

    /// Softmax probabilities for a batch (see `logits(forBatch:count:threads:)`), `count × 10` values.
    ///
    /// ```swift
    /// let p = network.probabilities(forBatch: pixels, count: 256, threads: 2)   // p[10*i + d]
    /// ```
    public func probabilities(forBatch images: [Float], count: Int, threads: Int) -> [Float] {
        let logits = logits(forBatch: images, count: count, threads: threads)
        var result = [Float]()
        result.reserveCapacity(logits.count)
        for i in 0..<count { result += Layers.softmax(Array(logits[(i * 10)..<(i * 10 + 10)])) }
        return result
    }

    /// `images` groups of `members` × 10 logits → per image log of the members' mean softmax.
    static func meanLogProbabilities(_ logits: [Float], members: Int, images: Int) -> [Float] {
        var out = [Float](repeating: 0, count: images * 10)
        for i in 0..<images {
            var mean = [Float](repeating: 0, count: 10)
            for m in 0..<members {
                let p = Layers.softmax(Array(logits[((i * members + m) * 10)..<((i * members + m) * 10 + 10)]))
                for d in 0..<10 { mean[d] += p[d] / Float(members) }
            }
            // The floor keeps log finite when every member is certain a digit is not this one.
            for d in 0..<10 { out[i * 10 + d] = logf(max(mean[d], Float.leastNormalMagnitude)) }
        }
        return out
    }

    /// Bytes of scratch memory one thread uses for one image (the engine's memory beyond the weights).
    public static var workspaceBytesPerThread: Int { Workspace.byteCount }

    /// Bytes of packed and folded weights held.
    public var weightBytes: Int { members.reduce(0) { $0 + $1.weightBytes } }
}
