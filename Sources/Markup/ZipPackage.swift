import CZlib
import Foundation

/// The parts of a zip package (a Word file is one), read from its central directory; a part is inflated
/// with zlib only when asked for, up to a size limit, and checked against its CRC-32.
///
/// Enough for what office suites write: stored and deflated parts, no encryption, no ZIP64.
public struct ZipPackage: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAZipPackage
        case damaged(String)
        case unsupported(String)
        case partTooLarge(name: String, bytes: UInt64, limit: Int)

        public var description: String {
            switch self {
            case .notAZipPackage: "not a zip package (no end of central directory)"
            case .damaged(let what): "damaged zip package: \(what)"
            case .unsupported(let what): "unsupported zip package: \(what)"
            case .partTooLarge(let name, let bytes, let limit): "\(name) is \(bytes) bytes, over the limit of \(limit)"
            }
        }
    }

    private struct Part {
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: UInt64
        var localHeader: Int
    }

    private let data: Data
    private let parts: [String: Part]

    public var names: [String] { parts.keys.sorted() }

    public init(data: Data) throws {
        self.data = data
        let bytes = [UInt8](data)
        // The end-of-central-directory record: 22 bytes, followed by a comment of at most 65,535.
        let lowest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
            let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { Self.uint32(bytes, $0) == 0x0605_4B50 })
        else { throw Failure.notAZipPackage }
        let count = Int(Self.uint16(bytes, end + 10))
        var offset = Int(Self.uint32(bytes, end + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF { throw Failure.unsupported("ZIP64") }
        var parts: [String: Part] = [:]
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, Self.uint32(bytes, offset) == 0x0201_4B50 else {
                throw Failure.damaged("central directory entry at \(offset)")
            }
            let nameLength = Int(Self.uint16(bytes, offset + 28))
            let extraLength = Int(Self.uint16(bytes, offset + 30)), commentLength = Int(Self.uint16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw Failure.damaged("entry name past the end") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            parts[name] = Part(
                method: Self.uint16(bytes, offset + 10), flags: Self.uint16(bytes, offset + 8), crc: Self.uint32(bytes, offset + 16),
                compressedSize: Int(Self.uint32(bytes, offset + 20)), size: UInt64(Self.uint32(bytes, offset + 24)),
                localHeader: Int(Self.uint32(bytes, offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.parts = parts
    }

    /// The part's bytes, nil when the package has no such part.
    public func contents(of name: String, limit: Int) throws -> Data? {
        guard let part = parts[name] else { return nil }
        guard part.size <= UInt64(limit) else { throw Failure.partTooLarge(name: name, bytes: part.size, limit: limit) }
        if part.flags & 1 != 0 { throw Failure.unsupported("\(name) is encrypted") }
        let header = part.localHeader
        guard header + 30 <= data.count, Self.uint32(data, header) == 0x0403_4B50 else {
            throw Failure.damaged("local header of \(name)")
        }
        let start = header + 30 + Int(Self.uint16(data, header + 26)) + Int(Self.uint16(data, header + 28))
        guard start + part.compressedSize <= data.count else { throw Failure.damaged("\(name) runs past the end") }
        let stored = data.subdata(in: (data.startIndex + start)..<(data.startIndex + start + part.compressedSize))
        let contents: Data
        switch part.method {
        case 0: contents = stored
        case 8: contents = try Self.inflate(stored, size: Int(part.size), name: name)
        default: throw Failure.unsupported("\(name) is compressed with method \(part.method)")
        }
        guard contents.count == Int(part.size), Self.crc32(of: contents) == part.crc else {
            throw Failure.damaged("\(name) does not match its size or checksum")
        }
        return contents
    }

    /// Raw deflate (no zlib header) into exactly `size` bytes: more output than that is damage, not data.
    private static func inflate(_ input: Data, size: Int, name: String) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.damaged("zlib could not start on \(name)")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: size + 1)
        var input = [UInt8](input)
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) <= size else { throw Failure.damaged("\(name) does not inflate") }
        return Data(output.prefix(Int(stream.total_out)))
    }

    private static func crc32(of data: Data) -> UInt32 {
        data.withUnsafeBytes { raw in
            UInt32(CZlib.crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
    }

    private static func uint16<C: RandomAccessCollection>(_ bytes: C, _ offset: Int) -> UInt16 where C.Element == UInt8, C.Index == Int {
        let base = bytes.startIndex + offset
        return UInt16(bytes[base]) | UInt16(bytes[base + 1]) << 8
    }

    private static func uint32<C: RandomAccessCollection>(_ bytes: C, _ offset: Int) -> UInt32 where C.Element == UInt8, C.Index == Int {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }
}
