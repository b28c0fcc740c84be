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
    enum Encoding: String, Sendable {
        case utf8
        case gb18030
        /// With a byte-order mark, as Windows Notepad saves "Unicode" text, or without one when the bytes
        /// decode as nothing else (see `wideEncoding(of:)`).
        case utf16LittleEndian, utf16BigEndian
        case utf32LittleEndian, utf32BigEndian
    }

    public var path: String
    public var bytes: Data
    public var text: String
    var encoding: Encoding
    public var format: SourceInfo.Format

    /// The largest text or HTML file read, in bytes: a report's text is tens of kilobytes and its HTML page rarely
    /// over one megabyte, and repair's time grows with the size (about a second per 100,000 short lines).
    static let largestInput = 8 << 20

    /// Reads and decodes `path`; the format is HTML for `.html`/`.htm` names or markup content, Markdown for
    /// `.md` names, else text.
    static func load(path: String) throws -> SourceText {
        guard FileManager.default.fileExists(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        try checkSize(size ?? 0, path: path)
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw GovReportsError.unreadable(path: path, reason: "permission denied or not a file")
        }
        return try SourceText(path: path, bytes: bytes)
    }

    /// Throws `unsupportedInput` for a file over `largestInput`.
    static func checkSize(_ size: Int, path: String) throws {
        guard size > largestInput else { return }
        let megabytes = String(format: "%.1f", Double(size) / Double(1 << 20))
        throw GovReportsError.unsupportedInput(
            path: path, reason: "\(megabytes) MB of text or HTML, over the \(largestInput >> 20) MB that any report's text fits in")
    }

    /// Decodes bytes already read; throws `unreadable` when they are no text in any encoding read here and
    /// `unsupportedInput` when there are more than `largestInput` of them.
    public init(path: String, bytes: Data) throws {
        try Self.checkSize(bytes.count, path: path)
        self.path = path
        self.bytes = bytes
        if let wide = try Self.wideEncoding(of: bytes, path: path) {
            guard let text = Self.decode(bytes, as: wide) else {
                throw GovReportsError.unreadable(path: path, reason: "not valid \(wide.name) text")
            }
            self.text = text
            self.encoding = wide
            self.format = Self.format(path: path, head: text)
            return
        }
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
    var sourceInfo: SourceInfo {
        SourceInfo(path: path, sha256: SHA256.hex(of: bytes), format: format)
    }

    /// Decodes `bytes` strictly as `encoding`; nil when they are not valid in it.
    static func decode(_ bytes: Data, as encoding: Encoding) -> String? {
        switch encoding {
        case .utf8:
            var body = bytes
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return String(validating: body, as: UTF8.self)
        case .gb18030:
            return GB18030.decode(bytes)
        case .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian:
            let width = encoding.unitWidth
            guard bytes.count % width == 0 else { return nil }
            let raw = [UInt8](bytes)
            let bom = encoding.byteOrderMark
            let start = raw.starts(with: bom) ? bom.count : 0
            let units = stride(from: start, to: raw.count, by: width).map { index -> UInt32 in
                (0..<width).reduce(UInt32(0)) { value, offset in
                    let byte = UInt32(raw[encoding.isLittleEndian ? index + width - 1 - offset : index + offset])
                    return value << 8 | byte
                }
            }
            // A NUL is no character of a report: it means the guessed width or order is wrong.
            guard !units.contains(0) else { return nil }
            if width == 4 {
                var scalars = String.UnicodeScalarView()
                for unit in units {
                    guard let scalar = Unicode.Scalar(unit) else { return nil }
                    scalars.append(scalar)
                }
                return String(scalars)
            }
            return String(validating: units.map { UInt16(truncatingIfNeeded: $0) }, as: UTF16.self)
        }
    }

    /// The UTF-16 or UTF-32 form `bytes` are in: by byte-order mark (UTF-32's first, since its little-endian
    /// mark starts like UTF-16's), else, for bytes holding NULs (which UTF-8 and GB18030 text never does), the
    /// first form they decode in without a NUL. Nil for bytes without NULs; throws for NULs in no form (binary data).
    static func wideEncoding(of bytes: Data, path: String) throws -> Encoding? {
        let forms: [Encoding] = [.utf32LittleEndian, .utf32BigEndian, .utf16LittleEndian, .utf16BigEndian]
        if let marked = forms.first(where: { bytes.starts(with: $0.byteOrderMark) }) { return marked }
        guard bytes.contains(0) else { return nil }
        guard let form = forms.first(where: { decode(bytes, as: $0).map(looksLikeText) ?? false }) else {
            throw GovReportsError.unreadable(path: path, reason: "binary data, not text")
        }
        return form
    }

    /// Whether a guessed decoding reads as a report would: at least 90% of its characters ASCII text, CJK,
    /// CJK or full-width punctuation, so that binary data with NULs is not taken for wide text by chance.
    static func looksLikeText(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        let plausible = scalars.count { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7E, 0xA0...0xFF, 0x2000...0x206F, 0x3000...0x303F,
                 0x4E00...0x9FFF, 0xFF00...0xFFEF: true
            default: false
            }
        }
        return plausible * 10 >= scalars.count * 9
    }

    /// Markdown and HTML by name, HTML also by content that opens with markup (`InputKind.opensWithMarkup`);
    /// anything else is plain text.
    static func format(path: String, head: String) -> SourceInfo.Format {
        switch InputKind(fileName: path) {
        case .html: return .html
        case .markdown: return .markdown
        default: return InputKind.opensWithMarkup(head) ? .html : .text
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

extension SourceText.Encoding {
    var unitWidth: Int {
        switch self {
        case .utf8, .gb18030: 1
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf32LittleEndian, .utf32BigEndian: 4
        }
    }

    var isLittleEndian: Bool { self == .utf16LittleEndian || self == .utf32LittleEndian }

    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .gb18030: []
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .utf32LittleEndian: [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BigEndian: [0x00, 0x00, 0xFE, 0xFF]
        }
    }

    /// As a user would name it in a message.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .utf32LittleEndian: "UTF-32LE"
        case .utf32BigEndian: "UTF-32BE"
        }
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
