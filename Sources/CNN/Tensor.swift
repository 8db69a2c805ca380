/// A dense, row-major array of 32-bit floats with a shape, as stored in a safetensors file.
///
/// ```swift
/// let bias = Tensor(shape: [3], values: [0.1, 0.2, 0.3])
/// let weights = Tensor(zeros: [64, 1, 3, 3])   // weights.values.count == 576
/// ```
public struct Tensor: Equatable, Sendable {
    /// Sizes of each dimension, outermost first (PyTorch order, e.g. `[out, in, kh, kw]`).
    public var shape: [Int]
    /// The elements in row-major order; `values.count == shape.reduce(1, *)`.
    public var values: [Float]

    /// Wraps `values` with `shape`. The element count must match the shape (a programming error otherwise).
    public init(shape: [Int], values: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 } && shape.reduce(1, *) == values.count,
                     "Tensor: shape \(shape) does not hold \(values.count) values")
        self.shape = shape
        self.values = values
    }

    /// A tensor of the given shape filled with zeros.
    public init(zeros shape: [Int]) {
        self.init(shape: shape, values: [Float](repeating: 0, count: shape.reduce(1, *)))
    }

    /// Number of elements, the product of the shape.
    public var elementCount: Int { values.count }
}
