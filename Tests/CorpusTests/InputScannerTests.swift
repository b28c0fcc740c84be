import Corpus
import Foundation
import ReportModel
import Testing

/// Every path under the inbox gets a manifest entry, whatever its name or kind.
@Suite struct InputScannerTests {
    /// Writes `data` at `inbox/` + raw name bytes (not necessarily UTF-8).
    private func write(_ fixture: CorpusFixture, nameBytes: [UInt8], _ data: Data) throws {
        let path = Array(fixture.inbox.utf8) + [UInt8(ascii: "/")] + nameBytes + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        _ = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }

    @Test func aNameThatIsNotUTF8IsKeptPercentEscaped() throws {
        let fixture = try CorpusFixture()
        // 政府.txt in GBK, as a Chinese Windows archive names it.
        try write(fixture, nameBytes: [0xD5, 0xFE, 0xB8, 0xAE] + Array(".txt".utf8),
                  Data(CorpusFixture.report(agency: "甲局", year: 2022, received: 1).utf8))
        // A PDF so named reaches the extract stage too (through a descriptor: its path is no Swift string).
        try write(fixture, nameBytes: [0xD5, 0xFE, 0x25] + Array(".pdf".utf8),
                  Data(("%PDF-1.7\n" + CorpusFixture.report(agency: "乙局", year: 2022, received: 2)).utf8))
        // A UTF-8 name that spells an escaped one is not lost without a word either.
        try fixture.write("%D5%FE%B8%AE.txt", text: CorpusFixture.report(agency: "丙局", year: 2022, received: 3))
        let report = try fixture.build(FakeStages().stages())
        let entries = try fixture.manifest().filter { $0.path == "%D5%FE%B8%AE.txt" }
        #expect(entries.map(\.status) == [.ok, .skipped] || entries.map(\.status) == [.skipped, .ok])
        #expect(entries.contains { $0.error == "%D5%FE%B8%AE.txt: skipped: another file's name is spelt so once percent-escaped" })
        let entry = try #require(entries.first { $0.status == .ok })
        #expect(entry.status == .ok)
        let pdf = try #require(try fixture.entry("%D5%FE%25.pdf"))
        #expect(pdf.status == .ok)
        #expect(try JSONFile.read(ReportRecord.self, from: fixture.corpus + "/records/\(pdf.id).json").agency == "乙局")
        #expect(report.inputs == 3)
    }

    @Test func linksThatLeadNowhereOrOutOfTheInboxGetAStatus() throws {
        let fixture = try CorpusFixture()
        try fixture.write("real.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        let outside = fixture.folder("outside.txt")
        try Data(CorpusFixture.report(agency: "乙局", year: 2022, received: 2).utf8).write(to: URL(fileURLWithPath: outside))
        let links = FileManager.default
        try links.createSymbolicLink(atPath: fixture.inbox + "/gone.pdf", withDestinationPath: "nowhere.pdf")
        try links.createSymbolicLink(atPath: fixture.inbox + "/loop.txt", withDestinationPath: "loop.txt")
        try links.createSymbolicLink(atPath: fixture.inbox + "/passwd.txt", withDestinationPath: outside)
        try links.createSymbolicLink(atPath: fixture.inbox + "/inside.txt", withDestinationPath: "real.txt")
        #expect(mkfifo(fixture.inbox + "/pipe.txt", 0o644) == 0)
        try fixture.write(".git/objects/ab", text: "blob")
        _ = try fixture.build(FakeStages().stages())

        let entries = Dictionary(uniqueKeysWithValues: try fixture.manifest().map { ($0.path, $0) })
        #expect(entries.keys.sorted() == [".git", "gone.pdf", "inside.txt", "loop.txt", "passwd.txt", "pipe.txt", "real.txt"])
        #expect(entries[".git"]?.error == ".git: skipped: hidden (its name starts with .)")
        #expect(entries["real.txt"]?.status == .ok)
        #expect(entries["inside.txt"]?.status == .duplicate)
        #expect(entries["gone.pdf"]?.status.rawValue == "skipped")
        #expect(entries["gone.pdf"]?.error == "gone.pdf: skipped: a dangling symbolic link (nowhere.pdf does not exist)")
        #expect(entries["loop.txt"]?.error == "loop.txt: skipped: a symbolic link loop")
        #expect(entries["passwd.txt"]?.error == "passwd.txt: skipped: a symbolic link out of the inbox (give --follow-links to read it)")
        #expect(entries["pipe.txt"]?.error == "pipe.txt: skipped: not a regular file (a FIFO)")
        // Nothing of the file outside was read.
        #expect(!String(decoding: try #require(fixture.bytes("corpus.jsonl")), as: UTF8.self).contains("乙局"))

        // Unless asked.
        _ = try fixture.build(FakeStages().stages(), BuildOptions(jobs: 2, followLinks: true))
        #expect(try fixture.entry("passwd.txt")?.status == .ok)
        #expect(String(decoding: try #require(fixture.bytes("corpus.jsonl")), as: UTF8.self).contains("乙局"))
    }
}
