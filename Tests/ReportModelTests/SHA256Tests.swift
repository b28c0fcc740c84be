import Foundation
import TestSupport
import Testing
@testable import ReportModel

@Suite struct SHA256Tests {
    private func hex(_ bytes: [UInt8], _ compression: SHA256.Compression) -> String {
        var stream = SHA256.Stream(compression: compression)
        stream.update(bytes)
        return stream.hex()
    }

    /// This machine's processor decides which compression `SHA256.hex` uses; the tests run both that can run here.
    static var compressions: [SHA256.Compression] { SHA256.Compression.fastest == .shaExtensions ? [.shaExtensions, .portable] : [.portable] }

    @Test(arguments: compressions) func knownDigests(_ compression: SHA256.Compression) {
        #expect(hex([], compression) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(Array("abc".utf8), compression) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Several blocks, and padding that needs a block of its own (FIPS 180-2's long test vectors).
        #expect(hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), compression) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), compression) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The digest of bytes given in pieces of every size is that of the whole.
    @Test(arguments: compressions) func piecesGiveTheDigestOfTheWhole(_ compression: SHA256.Compression) {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 13) }
        let whole = SHA256.hex(of: Data(bytes))
        for piece in [1, 3, 63, 64, 65, 200, 999] {
            var stream = SHA256.Stream(compression: compression)
            var offset = 0
            while offset < bytes.count {
                stream.update(Array(bytes[offset..<min(bytes.count, offset + piece)]))
                offset += piece
            }
            #expect(stream.hex() == whole, "pieces of \(piece)")
        }
        #expect(SHA256.Stream(compression: compression).hex() == SHA256.hex(of: Data()))
    }

    /// Every length from 0 to 199 (each way the last block can be filled and padded): the digest of their digests,
    /// computed with Python's hashlib.
    @Test(arguments: compressions) func everyTailLength(_ compression: SHA256.Compression) {
        let digests = (0..<200).map { count in hex((0..<count).map { UInt8($0 % 251) }, compression) }.joined()
        #expect(hex(Array(digests.utf8), compression) == "7a38a844c9e159de39f0862ee2e28569a8250831150a3fbf0a59c001129b2fb2")
    }

    /// The two compressions agree on random messages of random lengths, many blocks at once included.
    @Test func compressionsAgree() {
        guard SHA256.Compression.fastest == .shaExtensions else { return }
        var random = SplitMix(seed: 256)
        for _ in 0..<300 {
            let count = Int(random.next() % 5000)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(hex(bytes, .shaExtensions) == hex(bytes, .portable), "\(count) bytes")
        }
    }
}
