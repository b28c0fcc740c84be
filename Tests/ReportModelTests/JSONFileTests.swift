import Foundation
import ReportModel
import TestSupport
import Testing

/// `-o` writes: a regular file is replaced atomically; a device or FIFO is written to, never replaced; a folder or
/// an empty path is an error that says so.
@Suite struct JSONFileTests {
    private func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func aLinkToADeviceIsWrittenThroughNotReplaced() throws {
        let folder = try Fixtures.temporaryFolder().path
        let link = folder + "/null"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        try JSONFile.write(["a": 1], to: link)
        #expect(kind(link) == S_IFLNK)
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func aFIFOIsStreamedTo() throws {
        let fifo = try Fixtures.temporaryFolder().path + "/out.fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        try JSONFile.write(["a": 1], to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0 && String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "{\n  \"a\" : 1\n}\n")
        #expect(kind(fifo) == S_IFIFO)
    }

    @Test func aFullDeviceNamesTheOutputAndTheReason() throws {
        let link = try Fixtures.temporaryFolder().path + "/full"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/full")
        #expect(throws: GovReportsError.writeFailed(path: link, reason: "No space left on device")) {
            try JSONFile.write(["a": 1], to: link)
        }
        #expect(kind(link) == S_IFLNK)
    }

    @Test func aFolderOrAnEmptyPathIsAnError() throws {
        let folder = try Fixtures.temporaryFolder().path
        #expect(throws: GovReportsError.writeFailed(path: folder + "/newdir/", reason: "the output path names a folder")) {
            try JSONFile.write(["a": 1], to: folder + "/newdir/")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/newdir"))
        #expect(throws: GovReportsError.writeFailed(path: folder, reason: "the output path names a folder")) {
            try JSONFile.write(["a": 1], to: folder)
        }
        #expect(throws: GovReportsError.invalidArgument("the output path is empty")) {
            try JSONFile.write(["a": 1], to: "")
        }
    }

    @Test func aRegularFileIsReplaced() throws {
        let path = try Fixtures.temporaryFolder().path + "/out.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try JSONFile.write(["a": 1], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("{\n  \"a\" : 1\n}\n".utf8))
    }
}
