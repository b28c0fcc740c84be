import Foundation
import Markup
import TestSupport
import Testing

/// Zip packages read as office suites write them, and damage refused with a reason.
@Suite struct ZipPackageTests {
    static func package(_ parts: [(String, String)]) -> Data {
        var writer = ZipWriter()
        for (name, text) in parts { writer.add(name, Data(text.utf8)) }
        return writer.data
    }

    @Test func storedPartsComeBack() throws {
        let package = try ZipPackage(data: Self.package([("word/document.xml", "<w:document/>"), ("a.txt", "甲")]))
        #expect(package.names == ["a.txt", "word/document.xml"])
        #expect(try package.contents(of: "a.txt", limit: 10) == Data("甲".utf8))
        #expect(try package.contents(of: "missing", limit: 10) == nil)
    }

    @Test func aPartOverTheLimitIsNotRead() throws {
        let package = try ZipPackage(data: Self.package([("big.xml", String(repeating: "x", count: 1000))]))
        #expect(throws: ZipPackage.Failure.partTooLarge(name: "big.xml", bytes: 1000, limit: 999)) {
            try package.contents(of: "big.xml", limit: 999)
        }
    }

    @Test func damageIsRefused() throws {
        #expect(throws: ZipPackage.Failure.notAZipPackage) { try ZipPackage(data: Data("not a zip".utf8)) }
        var bytes = [UInt8](Self.package([("a.txt", "abcdef")]))
        bytes[30 + 5 + 2] ^= 0xFF  // the third byte of the part (after the 30-byte header and its name): the checksum no longer matches
        let package = try ZipPackage(data: Data(bytes))
        #expect(throws: ZipPackage.Failure.damaged("a.txt does not match its size or checksum")) { try package.contents(of: "a.txt", limit: 100) }
    }
}
