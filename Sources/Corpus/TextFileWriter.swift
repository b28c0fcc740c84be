import Foundation

/// Text written to a file in pieces of about 64 KiB: a long output is never whole in memory, nor written a few
/// bytes per system call.
struct TextFileWriter {
    private let file: FileHandle
    private var buffer = Data()

    init(_ file: FileHandle) {
        self.file = file
    }

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered.
    mutating func flush() throws {
        try file.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
