import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Repair

/// Decoding of text and HTML inputs and the dispatch of `RepairStage.repair(path:)`.
@Suite struct SourceTextTests {
    /// `一、总体情况` in GB18030 (also its GBK form), as iconv writes it.
    static let gbHeading: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xC7, 0xE9, 0xBF, 0xF6]

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try SourceText(path: "a.txt", bytes: Data("一、总体情况".utf8))
        let marked = try SourceText(path: "a.txt", bytes: Data([0xEF, 0xBB, 0xBF] + Array("一、总体情况".utf8)))
        #expect(plain.text == "一、总体情况" && plain.encoding == .utf8)
        #expect(marked.text == "一、总体情况" && marked.encoding == .utf8)
        #expect(plain.format == .text)
    }

    @Test func gb18030InputDecodes() throws {
        let source = try SourceText(path: "a.txt", bytes: Data(Self.gbHeading))
        #expect(source.text == "一、总体情况")
        #expect(source.encoding == .gb18030)
    }

    @Test func gb18030FileRepairsLikeItsUTF8Form() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("gb.txt")
        try Data(Self.gbHeading + Array("\n".utf8)).write(to: url)
        let document = try RepairStage().repair(path: url.path)
        #expect(document.blocks == [.heading(Heading(level: 1, text: "一、总体情况"))])
        #expect(document.source.format == .text)
        #expect(document.source.sha256 == SHA256.hex(of: try Data(contentsOf: url)))
    }

    @Test func undecodableBytesAreAnError() {
        #expect(throws: GovReportsError.unreadable(path: "x.txt", reason: "neither UTF-8 nor GB18030 text")) {
            try SourceText(path: "x.txt", bytes: Data([0x80, 0xFF, 0xFE, 0x80]))
        }
    }

    /// `D2 BB` is valid in both encodings (U+04BB in UTF-8, 一 in GBK): only the declared charset tells.
    @Test func htmlHonoursItsDeclaredCharset() throws {
        let bytes = Array("<html><head><meta charset=\"gbk\"></head><p>".utf8) + [0xD2, 0xBB] + Array("</p>".utf8)
        let html = try SourceText(path: "page.html", bytes: Data(bytes))
        #expect(html.format == .html)
        #expect(html.text.contains("一"))
        let text = try SourceText(path: "page.txt", bytes: Data(Array("x".utf8) + [0xD2, 0xBB]))
        #expect(text.text == "x\u{04BB}")
    }

    @Test func markupContentIsHTMLWhateverTheName() throws {
        let source = try SourceText(path: "report.txt", bytes: Data("<!DOCTYPE html><p>一、总体情况</p>".utf8))
        #expect(source.format == .html)
    }

    /// Text that opens with a `<` that starts no tag is text, as the corpus scan and fetch judge it.
    @Test func aLessThanSignThatStartsNoTagIsText() throws {
        let source = try SourceText(path: "report.txt", bytes: Data("<<中华人民共和国政府信息公开条例>>规定……".utf8))
        #expect(source.format == .text)
        #expect(InputKind.sniff(source.bytes) == .text)
    }

    @Test func badInputsGiveOneLineErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.txt").path
        #expect(throws: GovReportsError.fileNotFound(path: missing)) { try RepairStage().repair(path: missing) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data(" \n\n".utf8).write(to: empty)
        #expect(throws: GovReportsError.unreadable(path: empty.path, reason: "the file is empty")) { try RepairStage().repair(path: empty.path) }
        let pdf = folder.appendingPathComponent("report.txt")
        try Data("%PDF-1.7\n".utf8).write(to: pdf)
        #expect(throws: GovReportsError.self) { try RepairStage().repair(path: pdf.path) }
        let json = folder.appendingPathComponent("bad.json")
        try Data("{\"not\": \"a layout\"}".utf8).write(to: json)
        #expect(throws: GovReportsError.self) { try RepairStage().repair(path: json.path) }
    }

    @Test func layoutJSONGoesToTheLayoutPath() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = SourceInfo(path: "r.pdf", sha256: String(repeating: "ab", count: 32), format: .pdf, pages: 0)
        let url = folder.appendingPathComponent("r.layout.json")
        try JSONFile.write(LayoutDocument(source: source, pages: []), to: url.path)
        let document = try RepairStage().repair(path: url.path)
        #expect(document.source == source)
    }
}

extension SourceTextTests {
    @Test func utf16WithByteOrderMarkDecodes() throws {
        let units = Array("一、总体情况".utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try SourceText(path: "a.txt", bytes: Data(little)).text == "一、总体情况")
        #expect(try SourceText(path: "a.txt", bytes: Data(big)).text == "一、总体情况")
    }

    @Test func binaryDataIsAnError() {
        #expect(throws: GovReportsError.unreadable(path: "x.bin", reason: "binary data, not text")) {
            try SourceText(path: "x.bin", bytes: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))
        }
    }
}

extension SourceTextTests {
    /// A whole seed converted to GB18030 by the system's iconv repairs to the same blocks as its UTF-8 form.
    @Test(.enabled(if: Fixtures.shared != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv")))
    func gb18030SeedRepairsLikeItsUTF8Form() throws {
        let seed = try #require(Fixtures.shared("seeds/000_da0b4287a16eb6d3.txt"))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let converted = folder.appendingPathComponent("seed-gb.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030", seed.path]
        #expect(FileManager.default.createFile(atPath: converted.path, contents: nil))
        process.standardOutput = try FileHandle(forWritingTo: converted)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let gb = try RepairStage().repair(path: converted.path)
        let utf8 = try RepairStage().repair(path: seed.path)
        #expect(String(validating: try Data(contentsOf: converted), as: UTF8.self) == nil, "the converted file is not UTF-8")
        #expect(gb.blocks == utf8.blocks)
        #expect(gb.source.sha256 != utf8.source.sha256)
    }
}

/// UTF-16 and UTF-32, with and without a byte-order mark, decode; bytes with NULs that are none of them are refused.
struct WideTextTests {
    static let report = "一、总体情况\n本年度主动公开信息 12 条。\n"

    static func bytes(_ text: String, width: Int, littleEndian: Bool, mark: Bool) -> Data {
        let units: [UInt32] = width == 4 ? text.unicodeScalars.map(\.value) : text.utf16.map(UInt32.init)
        let all = (mark ? [0xFEFF] : []) + units
        return Data(all.flatMap { unit -> [UInt8] in
            let bigEndian = (0..<width).reversed().map { UInt8(truncatingIfNeeded: unit >> (8 * UInt32($0))) }
            return littleEndian ? bigEndian.reversed() : bigEndian
        })
    }

    @Test(arguments: [2, 4], [true, false])
    func wideTextDecodesWithAndWithoutAMark(width: Int, littleEndian: Bool) throws {
        for mark in [true, false] {
            let source = try SourceText(path: "a.txt", bytes: Self.bytes(Self.report, width: width, littleEndian: littleEndian, mark: mark))
            #expect(source.text == Self.report, "width \(width), little-endian \(littleEndian), mark \(mark)")
            #expect(source.encoding.unitWidth == width)
        }
    }

    @Test func aMarkedFileThatIsNotValidInItsFormIsRefusedByName() {
        // A UTF-32LE mark, then a unit beyond U+10FFFF.
        let bytes = Data([0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00])
        #expect(throws: GovReportsError.unreadable(path: "w.txt", reason: "not valid UTF-32LE text")) {
            try SourceText(path: "w.txt", bytes: bytes)
        }
    }

    @Test func nulBytesThatDecodeToNoTextAreBinary() {
        // Little-endian 32-bit integers: NULs throughout, but no text in any width.
        let numbers = Data((1...64).flatMap { value -> [UInt8] in [UInt8(value), 0x80, 0x01, 0x00] })
        #expect(throws: GovReportsError.unreadable(path: "n.txt", reason: "binary data, not text")) {
            try SourceText(path: "n.txt", bytes: numbers)
        }
    }
}

/// A text or HTML file over `SourceText.largestInput` is refused with its size, by the path and by the bytes.
struct InputSizeTests {
    @Test func aTextOverTheLimitIsRefusedByName() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.txt").path
        let lines = Data(String(repeating: "规章 0 0 0\n", count: 700_000).utf8)
        #expect(lines.count > SourceText.largestInput)
        try lines.write(to: URL(fileURLWithPath: path))
        let expected = GovReportsError.unsupportedInput(
            path: path, reason: "8.7 MB of text or HTML, over the 8 MB that any report's text fits in")
        #expect(throws: expected) { try RepairStage().repair(path: path) }
        #expect(throws: expected) { try SourceText(path: path, bytes: lines) }
        #expect(throws: expected) { try SourceText.load(path: path) }
        #expect(!expected.description.contains("\n"))
    }
}
