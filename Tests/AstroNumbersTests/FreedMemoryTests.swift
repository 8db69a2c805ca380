@testable import AstroNumbers
import EnglishCatalogue
import Foundation
import XCTest

final class FreedMemoryTests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    /// Resident kilobytes of this process (Linux).
    private func residentKB() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try XCTUnwrap(Int(line.split(separator: " ").dropFirst().first ?? ""))
    }

    /// Blocks freed in the middle of the heap stay resident until `release()` hands their pages back.
    func testReleaseReturnsPagesFreedInTheMiddleOfTheHeap() throws {
        #if os(Linux)
        // 80 blocks of 96 KiB: below glibc's mmap threshold, so they come from the heap. Every other one is
        // freed, so each freed block lies between two live ones and free() alone cannot shrink the heap.
        let blocks = (0..<80).map { _ in UnsafeMutablePointer<UInt8>.allocate(capacity: 96 * 1024) }
        for block in blocks { block.initialize(repeating: 1, count: 96 * 1024) }   // touch every page
        for (i, block) in blocks.enumerated() where i % 2 == 0 { block.deallocate() }
        defer { for (i, block) in blocks.enumerated() where i % 2 == 1 { block.deallocate() } }
        let before = try residentKB()
        FreedMemory.release()
        let after = try residentKB()
        XCTAssertGreaterThan(before - after, 2_000, "RSS \(before) kB before, \(after) kB after")
        #else
        throw XCTSkip("malloc_trim is glibc's")
        #endif
    }
}
