/// Adam (Kingma & Ba) with bias correction, over the flat parameter array of `NetworkParameters`.
///
/// ```swift
/// var adam = AdamOptimizer(count: NetworkParameters.trainableCount)
/// adam.update(&parameters.values, gradient: net.gradient, learningRate: 1e-3)
/// ```
public struct AdamOptimizer: Sendable, Equatable {
    public var beta1: Float = 0.9
    public var beta2: Float = 0.999
    public var epsilon: Float = 1e-8
    /// First and second moment estimates, laid out like the parameters.
    public var m: [Float]
    public var v: [Float]
    /// Number of updates done so far.
    public var step: Int = 0

    public init(count: Int) {
        m = [Float](repeating: 0, count: count)
        v = [Float](repeating: 0, count: count)
    }

    /// One update: `p -= lr · m̂ / (sqrt(v̂) + ε)`.
    public mutating func update(_ parameters: inout [Float], gradient: [Float], learningRate: Float) {
        precondition(parameters.count == m.count && gradient.count == m.count)
        step += 1
        let b1 = beta1, b2 = beta2, eps = epsilon
        let correction1 = 1 - Float(pow(Double(b1), Double(step)))
        let correction2 = 1 - Float(pow(Double(b2), Double(step)))
        let stepSize = learningRate / correction1
        let root2 = correction2.squareRoot()
        m.withUnsafeMutableBufferPointer { m in
            v.withUnsafeMutableBufferPointer { v in
                gradient.withUnsafeBufferPointer { g in
                    parameters.withUnsafeMutableBufferPointer { p in
                        for i in 0..<p.count {
                            let gi = g[i]
                            m[i] = b1 * m[i] + (1 - b1) * gi
                            v[i] = b2 * v[i] + (1 - b2) * gi * gi
                            p[i] -= stepSize * m[i] / (v[i].squareRoot() / root2 + eps)
                        }
                    }
                }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
