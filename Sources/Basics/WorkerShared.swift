/// A value handed to the workers of `DispatchQueue.concurrentPerform`, whose closure must be `Sendable`:
/// a pointer, or the closure a parallel section runs. Wrapping one states what the compiler cannot check,
/// so each use says why it holds: the workers only read what the value reaches, or each writes its own
/// disjoint part, and it outlives them (`concurrentPerform` returns only when every worker is done).
/// It is for the inside of one parallel section, never for a type's public surface.
///
/// ```swift
/// result.withUnsafeMutableBufferPointer { out in
///     let shared = WorkerShared(out)   // each worker writes its own element
///     DispatchQueue.concurrentPerform(iterations: 2) { worker in shared.value[worker] = Float(worker) }
/// }
/// ```
public struct WorkerShared<Value>: @unchecked Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }
}
