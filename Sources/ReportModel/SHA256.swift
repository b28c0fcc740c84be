import Foundation

/// SHA-256 of a byte buffer, written here because record ids must not depend on a crypto package.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// Lower-case hex digest.
    public static func hex(of data: Data) -> String {
        var stream = Stream()
        data.withUnsafeBytes { stream.update($0) }
        return stream.hex()
    }

    /// A digest of bytes given a piece at a time, so that a long message (the manifest of a large corpus) need never
    /// be whole in memory.
    public struct Stream {
        private var state = State()
        /// The bytes of a block not yet complete (fewer than 64).
        private var pending: [UInt8] = []
        private var length: UInt64 = 0

        public init() {}

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
            while bytes.count - offset >= 64 {
                state.compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 64]))
                offset += 64
            }
            pending.append(contentsOf: bytes[offset...])
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
            tail.withUnsafeBytes { tail in
                state.compress(UnsafeRawBufferPointer(rebasing: tail[0..<64]))
                if blocks == 128 { state.compress(UnsafeRawBufferPointer(rebasing: tail[64..<128])) }
            }
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
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var w = [UInt32](repeating: 0, count: 64)

        /// One 64-byte block. Unchecked buffers and the words in locals: with bounds checks on every word, and the
        /// message copied and padded first, this was a noticeable share of a corpus build.
        mutating func compress(_ block: UnsafeRawBufferPointer) {
            w.withUnsafeMutableBufferPointer { w in
                k.withUnsafeBufferPointer { k in
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
