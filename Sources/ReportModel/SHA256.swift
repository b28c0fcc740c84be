import CSHA256
import Foundation

/// SHA-256 of a byte buffer, written here because record ids must not depend on a crypto package.
public enum SHA256 {
    /// How blocks are compressed: with the processor's SHA extensions where it has them (a tenth of the instructions;
    /// hashing was 3% of a born-digital run), else in Swift. Both give the same digest.
    enum Compression: CaseIterable, Sendable {
        case shaExtensions
        case portable

        static let fastest: Compression = csha256_has_sha_extensions() ? .shaExtensions : .portable
    }

    /// The round constants, which the C compression holds (one copy of the table), in static memory of its own.
    private static var k: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: csha256_round_constants(), count: 64) }

    /// Lower-case hex digest.
    public static func hex(of data: Data) -> String {
        var stream = Stream()
        data.withUnsafeBytes { stream.update($0) }
        return stream.hex()
    }

    /// A digest of bytes given a piece at a time, so that a long message (the manifest of a large corpus) need never
    /// be whole in memory.
    public struct Stream {
        private var state: State
        /// The bytes of a block not yet complete (fewer than 64).
        private var pending: [UInt8] = []
        private var length: UInt64 = 0

        public init() { self.init(compression: .fastest) }

        init(compression: Compression) { state = State(compression: compression) }

        public mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { update($0) }
        }

        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            length += UInt64(bytes.count)
            var offset = 0
            if !pending.isEmpty {
                let taken = min(64 - pending.count, bytes.count)
                pending.append(contentsOf: bytes[0..<taken])
                offset = taken
                guard pending.count == 64 else { return }
                pending.withUnsafeBytes { state.compress($0) }
                pending.removeAll(keepingCapacity: true)
            }
            // Whole blocks straight from the bytes, so the message is never copied.
            let whole = (bytes.count - offset) / 64 * 64
            if whole > 0 { state.compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + whole])) }
            pending.append(contentsOf: bytes[(offset + whole)...])
        }

        /// The digest of the bytes given: the last part and the padding (0x80, zeros, the bit length) in a block or
        /// two of their own.
        public func hex() -> String {
            var state = state
            var tail = [UInt8](repeating: 0, count: 128)
            let rest = pending.count
            for i in 0..<rest { tail[i] = pending[i] }
            tail[rest] = 0x80
            let blocks = rest < 56 ? 64 : 128
            let bitLength = length * 8
            for i in 0..<8 { tail[blocks - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(i))) }
            tail.withUnsafeBytes { tail in state.compress(UnsafeRawBufferPointer(rebasing: tail[0..<blocks])) }
            return state.h.map(SHA256.hexWord).joined()
        }
    }

    /// Eight lower-case hex digits. `String(format: "%08x")` went through Foundation's variadic formatting, whose
    /// dynamic casts of each argument cost more than the rest of a small file's digest.
    fileprivate static func hexWord(_ word: UInt32) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// The eight words of the hash, and the message schedule reused block after block.
    private struct State {
        let compression: Compression
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var w = [UInt32](repeating: 0, count: 64)

        init(compression: Compression) { self.compression = compression }

        /// Whole 64-byte blocks, in order.
        mutating func compress(_ blocks: UnsafeRawBufferPointer) {
            precondition(blocks.count % 64 == 0, "SHA-256 compresses whole blocks")
            switch compression {
            case .shaExtensions:
                guard let base = blocks.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
                h.withUnsafeMutableBufferPointer { h in csha256_compress_blocks(h.baseAddress, base, blocks.count / 64) }
            case .portable:
                for offset in stride(from: 0, to: blocks.count, by: 64) {
                    compressInSwift(UnsafeRawBufferPointer(rebasing: blocks[offset..<offset + 64]))
                }
            }
        }

        /// One 64-byte block. Unchecked buffers and the words in locals: with bounds checks on every word, and the
        /// message copied and padded first, this was a noticeable share of a corpus build.
        private mutating func compressInSwift(_ block: UnsafeRawBufferPointer) {
            let k = SHA256.k
            w.withUnsafeMutableBufferPointer { w in
                for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
                for i in 16..<64 {
                    let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                    let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                    w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                }
                h.withUnsafeMutableBufferPointer { h in
                    var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
                    // Eight rounds a step, the words' roles passed round instead of the words moved: after
                    // eight the roles are back where they started (a fifth fewer instructions a block).
                    for i in stride(from: 0, to: 64, by: 8) {
                        SHA256.round(a, b, c, &d, e, f, g, &hh, k[i] &+ w[i])
                        SHA256.round(hh, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                        SHA256.round(g, hh, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                        SHA256.round(f, g, hh, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                        SHA256.round(e, f, g, &hh, a, b, c, &d, k[i + 4] &+ w[i + 4])
                        SHA256.round(d, e, f, &g, hh, a, b, &c, k[i + 5] &+ w[i + 5])
                        SHA256.round(c, d, e, &f, g, hh, a, &b, k[i + 6] &+ w[i + 6])
                        SHA256.round(b, c, d, &e, f, g, hh, &a, k[i + 7] &+ w[i + 7])
                    }
                    h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
                }
            }
        }
    }

    /// One round on words a … h: `d` becomes the next round's e, `h` its a (the others shift along).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d = d &+ t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
