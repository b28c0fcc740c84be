import Foundation
import SourceFingerprint
import TestSupport
import Testing

@Suite struct SourceFingerprintTests {
    func folder(_ files: [String: String]) throws -> URL {
        let root = try Fixtures.temporaryFolder()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func aFolderStandsForItsFilesAndTheCheckoutPlaceDoesNotMatter() throws {
        let files = ["Sources/A/a.swift": "let a = 1\n", "Sources/A/Schema/s.json": "{}", "Sources/B/b.swift": "let b = 2\n"]
        let one = try folder(files), two = try folder(files)
        let print = try SourceFingerprint.of(files: [one.appendingPathComponent("Sources/A")], relativeTo: one)
        #expect(try SourceFingerprint.of(files: [two.appendingPathComponent("Sources/A")], relativeTo: two) == print)
        #expect(print.count == SourceFingerprint.length)
        let listed = try SourceFingerprint.of(
            files: [one.appendingPathComponent("Sources/A/Schema/s.json"), one.appendingPathComponent("Sources/A/a.swift")], relativeTo: one)
        #expect(listed == print)
    }

    @Test func anyChangeOfContentOrNameChangesIt() throws {
        let root = try folder(["a.swift": "let a = 1\n", "b.swift": "let b = 2\n"])
        let files = [root.appendingPathComponent("a.swift"), root.appendingPathComponent("b.swift")]
        let print = try SourceFingerprint.of(files: files, relativeTo: root)
        // Moving a byte from one file to the next keeps the concatenation but not the fingerprint.
        try Data("let a = 1".utf8).write(to: files[0])
        try Data("\nlet b = 2\n".utf8).write(to: files[1])
        #expect(try SourceFingerprint.of(files: files, relativeTo: root) != print)
        #expect(throws: (any Error).self) { try SourceFingerprint.of(files: [root.appendingPathComponent("gone.swift")], relativeTo: root) }
    }
}
