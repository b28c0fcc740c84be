import Foundation

/// Writes a zip package with its parts stored (not compressed), as tests need to make Word files.
public struct ZipWriter {
    private var local = Data()
    private var central = Data()
    private var count = 0

    public init() {}

    public mutating func add(_ name: String, _ contents: Data) {
        let nameBytes = Data(name.utf8)
        let crc = Self.crc32(contents)
        let offset = UInt32(local.count)
        func header(_ signature: UInt32, central: Bool) -> Data {
            var data = Data()
            func put16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
            func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
            put32(signature)
            if central { put16(20) }
            put16(20); put16(0x0800); put16(0); put16(0); put16(0)
            put32(crc); put32(UInt32(contents.count)); put32(UInt32(contents.count))
            put16(UInt16(nameBytes.count)); put16(0)
            if central { put16(0); put16(0); put16(0); put32(0); put32(offset) }
            return data + nameBytes
        }
        local += header(0x0403_4B50, central: false) + contents
        central += header(0x0201_4B50, central: true)
        count += 1
    }

    public var data: Data {
        var end = Data()
        func put16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { end.append(contentsOf: $0) } }
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { end.append(contentsOf: $0) } }
        put32(0x0605_4B50); put16(0); put16(0); put16(UInt16(count)); put16(UInt16(count))
        put32(UInt32(central.count)); put32(UInt32(local.count)); put16(0)
        return local + central + end
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
