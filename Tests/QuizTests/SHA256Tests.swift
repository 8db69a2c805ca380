import EnglishCatalogue
import XCTest
@testable import Quiz

/// Checked against the FIPS 180-4 examples and `sha256sum`.
final class SHA256Tests: XCTestCase {
    override func setUp() {
        super.setUp()
        EnglishMessages.install()
    }

    func testKnownDigests() {
        XCTAssertEqual(SHA256.hex(of: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testLengthsAroundTheBlockBoundary() {
        // 55, 56 and 64 bytes need one, two and two blocks of padding; each gives a different 32-byte digest.
        let digests = [55, 56, 63, 64, 65].map { SHA256.digest(of: [UInt8](repeating: 0x41, count: $0)) }
        XCTAssertTrue(digests.allSatisfy { $0.count == 32 })
        XCTAssertEqual(Set(digests.map { $0.map(String.init).joined(separator: ",") }).count, 5)
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: 0x41, count: 64)), "d53eda7a637c99cc7fb566d96e9fa109bf15c478410a3f5eb4d4c4e26cd081f6")
    }
}
