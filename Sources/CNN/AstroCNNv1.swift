import Foundation

/// The `astro-cnn-v1` architecture: its tensor names (PyTorch `state_dict` names), shapes and sizes.
///
///     input 1×28×28 (ink 1.0, background 0.0)
///     conv1 3×3, 1→64, no padding → bn1 → ReLU → max-pool 2×2     → 64×13×13
///     conv2 3×3, 64→128           → bn2 → ReLU → max-pool 2×2     → 128×5×5
///     flatten (channel, row, column) → 3200
///     fc1 3200→128 → bn3 → ReLU → fc2 128→10 → softmax
///
/// ```swift
/// for (name, shape) in AstroCNNv1.tensorShapes { print(name, shape) }   // conv1.weight [64, 1, 3, 3] ...
/// try AstroCNNv1.validate(file, source: "w.safetensors")                  // throws on a missing tensor
/// ```
public enum AstroCNNv1 {
    /// The value of the `architecture` metadata key.
    public static let name = "astro-cnn-v1"
    /// Batch-norm epsilon when the `bn_eps` metadata key is absent.
    public static let defaultBatchNormEpsilon: Float = 1e-5

    public static let imageSide = 28
    public static let conv1Channels = 64
    public static let conv2Channels = 128
    public static let hiddenUnits = 128
    public static let classes = 10
    /// 128 channels × 5 × 5 after the second pooling.
    public static let flattenedSize = 3200
    /// Multiply-adds ×2 of one forward pass: conv1 0.78 M + conv2 17.8 M + fc1 0.82 M + fc2 ≈ 19.4 MFLOP.
    public static let flopsPerImage: Double = 2 * (26 * 26 * 64 * 9 + 11 * 11 * 128 * 576 + 3200 * 128 + 128 * 10)

    /// Every tensor of the architecture with its shape, in forward order.
    public static let tensorShapes: [(name: String, shape: [Int])] = [
        ("conv1.weight", [64, 1, 3, 3]), ("conv1.bias", [64]),
        ("bn1.weight", [64]), ("bn1.bias", [64]), ("bn1.running_mean", [64]), ("bn1.running_var", [64]),
        ("conv2.weight", [128, 64, 3, 3]), ("conv2.bias", [128]),
        ("bn2.weight", [128]), ("bn2.bias", [128]), ("bn2.running_mean", [128]), ("bn2.running_var", [128]),
        ("fc1.weight", [128, 3200]), ("fc1.bias", [128]),
        ("bn3.weight", [128]), ("bn3.bias", [128]), ("bn3.running_mean", [128]), ("bn3.running_var", [128]),
        ("fc2.weight", [10, 128]), ("fc2.bias", [10]),
    ]

    /// Checks that `file` holds every tensor with the right shape, that `architecture` (if present) is
    /// `astro-cnn-v1`, that `bn_eps` (if present) is a positive number, and that every running variance
    /// plus epsilon is positive. Returns the batch-norm epsilon. `source` names the file in errors.
    @discardableResult
    public static func validate(_ file: SafetensorsFile, source: String) throws -> Float {
        if let architecture = file.metadata["architecture"], architecture != name {
            throw SafetensorsError.badMetadata(file: source, key: "architecture",
                                               detail: "\"\(architecture)\", expected \"\(name)\"")
        }
        var epsilon = defaultBatchNormEpsilon
        if let text = file.metadata["bn_eps"] {
            guard let value = Float(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value > 0 else {
                throw SafetensorsError.badMetadata(file: source, key: "bn_eps", detail: "\"\(text)\" is not a positive number")
            }
            epsilon = value
        }
        for (tensorName, shape) in tensorShapes {
            guard let tensor = file.tensors[tensorName] else {
                throw SafetensorsError.missingTensor(file: source, tensor: tensorName)
            }
            guard tensor.shape == shape else {
                throw SafetensorsError.wrongShape(file: source, tensor: tensorName, expected: shape, found: tensor.shape)
            }
            if tensorName.hasSuffix("running_var"), let bad = tensor.values.firstIndex(where: { !($0 + epsilon > 0) }) {
                throw SafetensorsError.badEntry(file: source, tensor: tensorName,
                                                detail: "value \(bad) is \(tensor.values[bad]); a variance must be ≥ 0")
            }
        }
        return epsilon
    }
}
