/// The contents of a safetensors file: named tensors plus the free-form `__metadata__` strings.
///
/// ```swift
/// let file = try Safetensors.read(contentsOf: url)
/// let eps = Float(file.metadata["bn_eps"] ?? "1e-5")
/// let conv1 = file.tensors["conv1.weight"]   // shape [64, 1, 3, 3]
/// ```
public struct SafetensorsFile: Equatable, Sendable {
    public var tensors: [String: Tensor]
    public var metadata: [String: String]

    public init(tensors: [String: Tensor], metadata: [String: String] = [:]) {
        self.tensors = tensors
        self.metadata = metadata
    }
}
