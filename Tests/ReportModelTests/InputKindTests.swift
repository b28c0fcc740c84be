import Foundation
import TestSupport
import Testing
@testable import ReportModel

/// Names and bytes to kinds, in the one place the accepted forms are listed.
@Suite struct InputKindTests {
    @Test func namesGiveKinds() {
        #expect(InputKind(fileName: "a/报告.PDF") == .pdf)
        #expect(InputKind(fileName: "r.htm") == .html)
        #expect(InputKind(fileName: "r.markdown") == .markdown && InputKind(fileName: "r.md") == .markdown)
        #expect(InputKind(fileName: "r.docx") == .docx)
        #expect(InputKind(fileName: "r.doc") == .other && InputKind(fileName: "README") == .other)
        #expect(InputKind.markdown.isText && !InputKind.docx.isText && InputKind.docx.isReadWhole && !InputKind.pdf.isReadWhole)
    }

    /// The extension is what `URL.pathExtension` gives, which `init(fileName:)` asked before for every name: names
    /// of dots, slashes, spaces, ideographs, combining marks and the accepted extensions in any case, at random.
    @Test func theExtensionIsTheFileURLs() {
        let pieces = ["a", ".", "/", " ", "报告", "pdf", "PDF", "txt", "md", "docx", "htm", "-", "%20", "~", "..", "éx", "\u{A0}", "\t", "e\u{301}"]
        var random = SplitMix(seed: 5)
        var named = 0
        for _ in 0..<4000 {
            var name = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            // Half of them end as a file name does, so that plain names are many among the odd ones.
            if random.next() % 2 == 0 { name += "." + ["pdf", "PDF", "txt", "docx", "md", "htm", "v2"][Int(random.next() % 7)] }
            let expected = URL(fileURLWithPath: name).pathExtension
            #expect(InputKind.pathExtension(of: name) == expected, "\(name)")
            if !expected.isEmpty { named += 1 }
        }
        #expect(named > 1500)
    }

    @Test func bytesGiveKindsWhateverTheName() {
        #expect(InputKind.sniff(Data("\n%PDF-1.7\n".utf8)) == .pdf)
        #expect(InputKind.sniff(Data([0x50, 0x4B, 0x03, 0x04, 0, 0])) == .docx)
        #expect(InputKind.sniff(Data("\u{FEFF}  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(InputKind.sniff(Data("<HTML><body>".utf8)) == .html)
        #expect(InputKind.sniff(Data("一、总体情况 <b>".utf8)) == .text)
        #expect(InputKind.sniff(Data()) == .text)
    }

    /// One rule for "this text is markup", whichever stage asks: any tag, doctype, comment or XML declaration first.
    @Test func markupIsATagFirst() {
        #expect(InputKind.sniff(Data("<p>一、总体情况</p>".utf8)) == .html)
        #expect(InputKind.sniff(Data("\n<?xml version=\"1.0\"?><html>".utf8)) == .html)
        #expect(InputKind.sniff(Data("<!-- saved page --><div>".utf8)) == .html)
        #expect(InputKind.opensWithMarkup("\u{FEFF}\u{3000}<table>"))
        #expect(!InputKind.opensWithMarkup("<<中华人民共和国政府信息公开条例>>"))
        #expect(!InputKind.opensWithMarkup("< 5 件"))
        #expect(!InputKind.opensWithMarkup("<"))
    }

    @Test func aPDFHeaderCountsWithinTheFirstKilobyteOnly() {
        let junk = Data(repeating: 0x20, count: InputKind.pdfHeaderWindow - 5)
        #expect(InputKind.isPDF(junk + Data("%PDF-1.4".utf8)))
        #expect(!InputKind.isPDF(junk + Data(" %PDF-1.4".utf8)))
        #expect(InputKind.sniff(junk + Data(" %PDF-1.4".utf8)) == .text)
    }
}
