import Foundation
import Testing
@testable import ReportModel

@Suite struct BoxTests {
    @Test func encodesAsRoundedArray() throws {
        let box = Box(x0: 1.234, y0: 2, x1: 3.456, y1: 4.5)
        let json = String(decoding: try JSONFile.encode(box, pretty: false), as: UTF8.self)
        #expect(json == "[1.23,2,3.46,4.5]")
        let back = try JSONDecoder().decode(Box.self, from: Data(json.utf8))
        #expect(back == Box(x0: 1.23, y0: 2, x1: 3.46, y1: 4.5))
    }

    /// `written` is what decoding the written box gives: the corpus fills its database from records in that form.
    @Test func writtenIsWhatReadsBack() throws {
        let box = Box(x0: 175.900001, y0: 203.10076377952794, x1: -0.004, y1: 541.4419072536991)
        let back = try JSONDecoder().decode(Box.self, from: try JSONFile.encode(box))
        #expect(box.written == back)
        #expect(box.written != box)
        #expect(try JSONFile.encode(box.written) == JSONFile.encode(box))
        #expect(box.isReadable)
        #expect(!Box(x0: 0, y0: 0, x1: 2 * Box.largestCoordinate, y1: 1).isReadable)
    }

    @Test func unionAndOverlap() {
        let a = Box(x0: 0, y0: 0, x1: 10, y1: 10)
        let b = Box(x0: 5, y0: 8, x1: 20, y1: 30)
        #expect(a.union(b) == Box(x0: 0, y0: 0, x1: 20, y1: 30))
        #expect(a.verticalOverlap(with: b) == 2)
        #expect(a.horizontalOverlap(with: b) == 5)
        #expect(Box.enclosing([Box]()) == nil)
    }
}

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Several blocks, and padding that needs a block of its own (FIPS 180-2's long test vectors).
        #expect(SHA256.hex(of: Data(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The digest of bytes given in pieces of every size is that of the whole.
    @Test func piecesGiveTheDigestOfTheWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 13) }
        let whole = SHA256.hex(of: Data(bytes))
        for piece in [1, 3, 63, 64, 65, 200, 999] {
            var stream = SHA256.Stream()
            var offset = 0
            while offset < bytes.count {
                stream.update(Array(bytes[offset..<min(bytes.count, offset + piece)]))
                offset += piece
            }
            #expect(stream.hex() == whole, "pieces of \(piece)")
        }
        #expect(SHA256.Stream().hex() == SHA256.hex(of: Data()))
    }

    /// Every length from 0 to 199 (each way the last block can be filled and padded): the digest of their digests,
    /// computed with Python's hashlib.
    @Test func everyTailLength() {
        let digests = (0..<200).map { count in SHA256.hex(of: Data((0..<count).map { UInt8($0 % 251) })) }.joined()
        #expect(SHA256.hex(of: Data(digests.utf8)) == "7a38a844c9e159de39f0862ee2e28569a8250831150a3fbf0a59c001129b2fb2")
    }
}

@Suite struct DocumentCodingTests {
    @Test func blocksRoundTripWithTypeKey() throws {
        let document = Document(
            source: SourceInfo(path: "a.txt", sha256: String(repeating: "0", count: 64), format: .text),
            blocks: [
                .heading(Heading(level: 1, text: "一、总体情况")),
                .paragraph(Paragraph(text: "正文")),
                .table(Table(rows: [TableRow(cells: [Cell(column: 0, rowSpan: 2, text: "规章")])], columnCount: 4)),
            ])
        let data = try JSONFile.encode(document)
        #expect(String(decoding: data, as: UTF8.self).contains("\"type\" : \"heading\""))
        #expect(try JSONDecoder().decode(Document.self, from: data) == document)
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = folder.appendingPathComponent("out.json").path
        try JSONFile.write(["a": 1], to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        try? FileManager.default.removeItem(at: folder)
    }
}
