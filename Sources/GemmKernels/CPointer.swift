/// C's pointer handed to the workers: each writes only its own rows or columns of C, and every worker is
/// done before `multiply` returns.
struct CPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    init(_ pointer: UnsafeMutablePointer<Float>) { self.pointer = pointer }
}
