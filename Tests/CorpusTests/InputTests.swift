import Corpus
import Foundation
import ReportModel
import Testing

@Suite struct InputTests {
    @Test func gbkTextIsDecoded() {
        // 政府 in GBK.
        #expect(InputContent.inspect(Data([0xD5, 0xFE, 0xB8, 0xAE, 0x31]), name: "a.txt") == .text("政府1", format: .text))
        #expect(InputContent.inspect(Data([0xEF, 0xBB, 0xBF] + Array("行政许可".utf8)), name: "a.txt") == .text("行政许可", format: .text))
    }

    @Test func contentIsCheckedAgainstTheName() {
        let html = Data("<!DOCTYPE html><html><body>not found</body></html>".utf8)
        #expect(InputContent.inspect(html, name: "r.pdf") == .unsupported(reason: "an HTML page saved as .pdf (no %PDF- header)"))
        #expect(InputContent.inspect(Data(), name: "r.pdf") == .unsupported(reason: "empty file (0 bytes)"))
        #expect(InputContent.inspect(Data("%PDF-1.7\n".utf8), name: "r.pdf") == .pdf)
        #expect(InputContent.inspect(Data("%PDF-1.7\n".utf8), name: "r.txt") == .unsupported(reason: "a PDF saved as .txt"))
        #expect(InputContent.inspect(Data([0x00, 0x01, 0x02]), name: "r.txt")
            == .unsupported(reason: "binary content saved as .txt: no UTF-8, GB18030, UTF-16 or UTF-32 text"))
        let utf16 = Data("一、总体情况".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(InputContent.inspect(utf16, name: "r.txt") == .text("一、总体情况", format: .text))
        let large = Data(repeating: UInt8(ascii: "\n"), count: (8 << 20) + 1)
        #expect(InputContent.inspect(large, name: "r.txt") == .unsupported(reason: "8.0 MB of text or HTML, over the 8 MB that any report's text fits in"))
        #expect(InputContent.inspect(html, name: "r.txt") == .text(String(decoding: html, as: UTF8.self), format: .html))
        #expect(InputContent.inspect(Data("## 一、总体情况".utf8), name: "r.md") == .text("## 一、总体情况", format: .markdown))
        #expect(InputContent.inspect(Data("x".utf8), name: "r.xlsx") == .unsupported(reason: "not a .pdf, .txt, .html, .md or .docx file"))
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        #expect(InputContent.inspect(zip, name: "r.docx") == .wordPackage(zip))
        #expect(InputContent.inspect(Data("%PDF-1.7\n".utf8), name: "r.docx") == .unsupported(reason: "a PDF saved as .docx"))
        #expect(InputContent.inspect(html, name: "r.docx") == .unsupported(reason: "not a Word file (no zip package header)"))
    }

    /// A Word file goes to repair whole, is cached like a text, and a fetched one gets its `source.url`.
    @Test func aWordFileIsBuiltAndCachedAndAFetchedOneNamesItsURL() throws {
        let fixture = try CorpusFixture()
        let word = Data([0x50, 0x4B, 0x03, 0x04]) + Data(CorpusFixture.report(agency: "戊局", year: 2023, received: 4).utf8)
        try fixture.write("w/report.docx", word)
        let index = FetchIndex(entries: [FetchIndex.Entry(
            url: "https://www.example.gov.cn/2023/report.docx", outcome: .downloaded, bytes: word.count, time: "2026-12-02T06:00:00Z",
            file: "w/report.docx", attempts: 1)])
        try index.write(inbox: fixture.inbox)
        let fakes = FakeStages()
        let first = try fixture.build(fakes.stages())
        let entry = try #require(try fixture.entry("w/report.docx"))
        #expect(entry.status == .ok && entry.format == .docx)
        let record = try JSONFile.read(ReportRecord.self, from: fixture.corpus + "/records/\(entry.id).json")
        #expect(record.agency == "戊局" && record.source.format == .docx)
        #expect(record.source.url == "https://www.example.gov.cn/2023/report.docx")
        #expect(first.stagesRun == 2)
        #expect(try fixture.entry(FetchIndex.fileName)?.status == .skipped)
        #expect(try fixture.build(fakes.stages()).stagesRun == 0)
    }

    @Test func everyBadInputGetsAStatusAndTheBuildGoesOn() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        // The same kind of report saved in GBK: 政府 as the agency.
        var gbkBytes = Data("title=t\nagency=".utf8)
        gbkBytes.append(contentsOf: [0xD5, 0xFE, 0xB8, 0xAE])
        gbkBytes.append(Data("\nyear=2019\nreceived=2\n".utf8))
        try fixture.write("e/gbk.txt", gbkBytes)
        let fakes = FakeStages()
        let report = try fixture.build(fakes.stages())

        func status(_ path: String) throws -> DocumentStatus? { try fixture.entry(path)?.status }
        #expect(try status("c/error-page.pdf") == .unsupported)
        #expect(try fixture.entry("c/error-page.pdf")?.error == "c/error-page.pdf: unsupported input: an HTML page saved as .pdf (no %PDF- header)")
        #expect(try status("c/empty.txt") == .empty)
        #expect(try status("c/form.docx") == .unsupported)
        #expect(try status("c/notice.txt") == .notAReport)
        #expect(try status("b/broken.pdf") == .failed)
        #expect(try fixture.entry("b/broken.pdf")?.error == "b/broken.pdf: damaged PDF: xref table broken")
        #expect(try status("b/copy-of-agency1.txt") == .duplicate)
        #expect(try fixture.entry("b/copy-of-agency1.txt")?.duplicateOf == "a/agency1.txt")
        #expect(try status("e/gbk.txt") == .ok)
        let gbkID = try #require(try fixture.entry("e/gbk.txt")?.id)
        let record = try JSONFile.read(ReportRecord.self, from: fixture.corpus + "/records/\(gbkID).json")
        #expect(record.agency == "政府")
        #expect(record.source.path == "e/gbk.txt")
        #expect(report.count(.ok) == 10)
        #expect(report.count(.unsupported) == 2)
        #expect(report.count(.empty) == 1)
        #expect(report.inputs == 16)
        // No stage ever saw the inputs whose content was wrong for their name.
        #expect(fakes.calls(.extract) == 2)
    }

    /// Every input without a record says, for programs, what kind of failure it was; a manifest and cached failures
    /// of a build before error codes are made again rather than left without one.
    @Test func everyFailureHasAnErrorCodeEvenAfterAnOlderBuild() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        try fixture.write("c/.hidden", text: "x")
        _ = try fixture.build(FakeStages().stages())
        let expected: [String: ErrorCode?] = [
            "a/agency1.txt": nil, "b/copy-of-agency1.txt": nil, "b/broken.pdf": .damaged, "c/error-page.pdf": .notPDF,
            "c/form.docx": .unsupported, "c/notice.txt": .notAReport, "c/empty.txt": .empty, "c/.hidden": .skipped,
        ]
        func codes() throws -> [String: ErrorCode?] {
            Dictionary(uniqueKeysWithValues: try fixture.manifest().filter { expected[$0.path] != nil }.map { ($0.path, $0.errorCode) })
        }
        #expect(try codes() == expected)

        // As an older build left them: no errorCode in the manifest nor in the cached failures.
        let manifest = fixture.corpus + "/manifest.json"
        let old = try String(contentsOfFile: manifest, encoding: .utf8).replacing(/\n *"errorCode" : "[a-zA-Z]+",/, with: "")
        try old.write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(try fixture.manifest().allSatisfy { $0.errorCode == nil })
        let failures = fixture.corpus + "/cache/extract"
        for name in try FileManager.default.contentsOfDirectory(atPath: failures) where name.hasSuffix(".failed.json") {
            let path = failures + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8).replacing(/"errorCode" : "[a-zA-Z]+",?/, with: "")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        #expect(try codes() == expected)
        #expect(fakes.calls(.extract) == 1)  // the damaged PDF's failure, cached without a code, is not trusted
    }

    @Test func missingInboxIsAOneLineError() throws {
        let fixture = try CorpusFixture()
        #expect(throws: GovReportsError.fileNotFound(path: fixture.folder("nowhere"))) {
            try CorpusBuilder(stages: FakeStages().stages()).build(inbox: fixture.folder("nowhere"), corpus: fixture.corpus)
        }
    }
}
