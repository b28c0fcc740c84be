@testable import Corpus
import Foundation
import Testing

@Suite struct ProgressTests {
    private func build(terminal: Bool) throws -> String {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let output = Locked("")
        let progress = ProgressReporter(terminal: terminal) { text in output.withLock { $0 += text } }
        _ = try CorpusBuilder(stages: FakeStages().stages(), options: BuildOptions(jobs: 1), progress: progress)
            .build(inbox: fixture.inbox, corpus: fixture.corpus)
        return output.withLock { $0 }
    }

    @Test func logsOneLinePerDocumentWorkedOnWhenNotATerminal() throws {
        let lines = try build(terminal: false).split(separator: "\n")
        #expect(lines.count == 11)  // the 13 distinct non-empty inputs less the 2 unsupported ones, which no stage saw
        // Documents run in id order (that of the database), so which comes first depends on their bytes.
        #expect(lines.contains { $0.hasSuffix("/13] ok a/agency1.txt") })
        #expect(lines.first?.hasPrefix("[1/13] ") == true)
        #expect(lines.contains { $0.hasSuffix("] failed b/broken.pdf: damaged PDF: xref table broken") })
    }

    @Test func redrawsOneLineOnATerminal() throws {
        let text = try build(terminal: true)
        #expect(text.hasPrefix("\r\u{1B}[K"))
        #expect(text.contains("13/13 documents, 2 pages"))
        #expect(text.contains("] failed b/broken.pdf: damaged PDF: xref table broken\n"))
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("] ok "))
    }
}

@Suite struct ProgressEscapingTests {
    /// A newline or ESC in a file name must not start a line of its own or move the cursor.
    @Test func controlCharactersInNamesAreEscaped() throws {
        let fixture = try CorpusFixture()
        try fixture.write("a\n[9/9] ok forged\u{1B}[2K.txt", text: "not a report\n")
        let output = Locked("")
        let progress = ProgressReporter(terminal: false) { text in output.withLock { $0 += text } }
        _ = try CorpusBuilder(stages: FakeStages().stages(), options: BuildOptions(jobs: 1), progress: progress)
            .build(inbox: fixture.inbox, corpus: fixture.corpus)
        let text = output.withLock { $0 }
        #expect(text.split(separator: "\n").count == 1)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("a\\n[9/9] ok forged\\u{1B}[2K.txt"))
    }
}
