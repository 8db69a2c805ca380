extension Layers {
    /// ReLU in place: `x = max(x, 0)`.
    ///
    /// ```swift
    /// var x: [Float] = [-1, 2]; Layers.relu(&x)   // [0, 2]
    /// ```
    public static func relu(_ x: inout [Float]) {
        for i in x.indices where !(x[i] > 0) { x[i] = 0 }
    }
}
