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
        #expect(InputContent.inspect(Data("x".utf8), name: "r.docx") == .unsupported(reason: "not a .pdf, .txt or .html file"))
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

    @Test func missingInboxIsAOneLineError() throws {
        let fixture = try CorpusFixture()
        #expect(throws: GovReportsError.fileNotFound(path: fixture.folder("nowhere"))) {
            try CorpusBuilder(stages: FakeStages().stages()).build(inbox: fixture.folder("nowhere"), corpus: fixture.corpus)
        }
    }
}
