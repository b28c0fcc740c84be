import Foundation
import ReportModel

#if canImport(Glibc)
import Glibc
#endif

/// A text or HTML input file decoded to a Swift string.
///
/// Chinese government sites still publish GBK/GB18030 files, so decoding tries UTF-8 first (with or without
/// a byte-order mark) and falls back to GB18030 (a superset of GBK and GB2312). HTML may declare its charset
/// in a `<meta>` tag; a declared GB charset is honoured before UTF-8 is tried.
public struct SourceText: Sendable {
    public enum Encoding: String, Sendable {
        case utf8
        case gb18030
        /// With a byte-order mark only, as Windows Notepad saves "Unicode" text.
        case utf16
    }

    public var path: String
    public var bytes: Data
    public var text: String
    public var encoding: Encoding
    public var format: SourceInfo.Format

    /// Reads and decodes `path`; the format is HTML for `.html`/`.htm` names or markup content, Markdown for
    /// `.md` names, else text.
    public static func load(path: String) throws -> SourceText {
        guard FileManager.default.fileExists(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw GovReportsError.unreadable(path: path, reason: "permission denied or not a file")
        }
        return try SourceText(path: path, bytes: bytes)
    }

    /// Decodes bytes already read; throws `unreadable` when they are neither UTF-8 nor GB18030.
    public init(path: String, bytes: Data) throws {
        self.path = path
        self.bytes = bytes
        if let text = Self.decode(bytes, as: .utf16) {
            self.text = text
            self.encoding = .utf16
            self.format = Self.format(path: path, head: text)
            return
        }
        guard !bytes.contains(0) else { throw GovReportsError.unreadable(path: path, reason: "binary data, not text") }
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        let format = Self.format(path: path, head: head)
        let html = format == .html
        let declared = html ? Self.declaredCharset(in: bytes) : nil
        let order: [Encoding] = declared.map { Self.isGBCharset($0) ? [.gb18030, .utf8] : [.utf8, .gb18030] } ?? [.utf8, .gb18030]
        for encoding in order {
            if let text = Self.decode(bytes, as: encoding) {
                self.text = text
                self.encoding = encoding
                self.format = format
                return
            }
        }
        throw GovReportsError.unreadable(path: path, reason: "neither UTF-8 nor GB18030 text")
    }

    /// The `SourceInfo` every later stage carries: path, SHA-256 of the bytes, format.
    public var sourceInfo: SourceInfo {
        SourceInfo(path: path, sha256: SHA256.hex(of: bytes), format: format)
    }

    /// Decodes `bytes` strictly as `encoding`; nil when they are not valid in it.
    public static func decode(_ bytes: Data, as encoding: Encoding) -> String? {
        switch encoding {
        case .utf8:
            var body = bytes
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return String(validating: body, as: UTF8.self)
        case .gb18030:
            return GB18030.decode(bytes)
        case .utf16:
            let littleEndian = bytes.starts(with: [0xFF, 0xFE])
            guard littleEndian || bytes.starts(with: [0xFE, 0xFF]), bytes.count % 2 == 0 else { return nil }
            let units = stride(from: 2, to: bytes.count, by: 2).map { index -> UInt16 in
                let first = UInt16(bytes[bytes.startIndex + index]), second = UInt16(bytes[bytes.startIndex + index + 1])
                return littleEndian ? first | second << 8 : first << 8 | second
            }
            return String(validating: units, as: UTF16.self)
        }
    }

    /// Markdown and HTML by name, HTML also by content that opens with markup (`<!DOCTYPE`, `<html`, any tag);
    /// anything else is plain text.
    static func format(path: String, head: String) -> SourceInfo.Format {
        switch InputKind(fileName: path) {
        case .html: return .html
        case .markdown: return .markdown
        default: return head.trimmingWhitespace().hasPrefix("<") ? .html : .text
        }
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in the first 4 KB.
    static func declaredCharset(in bytes: Data) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return nil }
        let rest = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    static func isGBCharset(_ name: String) -> Bool {
        ["gb2312", "gbk", "gb18030", "x-gbk", "cp936"].contains(name)
    }
}

/// GB18030 → UTF-8 through the C library's iconv, the one converter every Linux system ships.
enum GB18030 {
    static func decode(_ bytes: Data) -> String? {
        #if canImport(Glibc)
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: bytes.count)
        bytes.withUnsafeBytes { raw in
            for (index, byte) in raw.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let count = produced else { return nil }
        let utf8 = output.prefix(count).map { UInt8(bitPattern: $0) }
        return String(validating: utf8, as: UTF8.self)
        #else
        return nil
        #endif
    }
}
