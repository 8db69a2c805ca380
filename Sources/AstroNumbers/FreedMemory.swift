#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed after loading back to the system.
///
/// Loading the weights reads the whole file and builds folded and packed copies; the temporaries are freed,
/// but glibc keeps freed blocks in the process for reuse, so a quiz that will never need them again would
/// hold them for its whole run (about a tenth of its resident memory). Called once, before the screen opens.
///
/// ```swift
/// let network = try DigitNetwork(contentsOf: url)
/// FreedMemory.release()
/// ```
enum FreedMemory {
    /// Returns free heap pages to the operating system (`malloc_trim`); does nothing where that is not glibc.
    static func release() {
        #if canImport(Glibc)
        // malloc.h is not part of Swift's Glibc module: look the function up instead.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        typealias MallocTrim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
