/// The forward operations of the network, one function per op, on plain row-major buffers in
/// (channel, row, column) order. `DigitNetwork` composes them; each has a naive reference test.
///
/// ```swift
/// let probabilities = Layers.softmax([2, 1, 0])          // [0.665, 0.245, 0.090]
/// var x: [Float] = [-1, 2]; Layers.relu(&x)               // [0, 2]
/// ```
public enum Layers {}
