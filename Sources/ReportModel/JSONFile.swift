import Foundation

/// Reading and writing the stages' JSON files. Writes are atomic (temporary file, then rename) so that a
/// failed or killed run never leaves a half-written output behind.
public enum JSONFile {
    /// The encoder every stage uses: sorted keys, so the same input always gives the same bytes.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The model's stage files and records are written by `JSONOutput` (the same bytes, a fraction of the time);
    /// other values, and a value holding a number JSON cannot hold (to throw Foundation's error), by `encoder`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        if let writable = value as? any JSONWritable {
            var output = JSONOutput(pretty: pretty)
            writable.write(to: &output)
            if !output.invalidNumber { return Data(output.bytes) }
        }
        return try encoder(pretty: pretty).encode(value)
    }

    /// Writes `value` as JSON to `path`, or to standard output when `path` is `-`.
    public static func write<T: Encodable>(_ value: T, to path: String, pretty: Bool = true) throws {
        var data = try encode(value, pretty: pretty)
        data.append(0x0A)
        try writeAtomically(data, to: path)
    }

    /// Writes bytes to `path`: a regular file (or a new one) through a temporary file in the same folder, renamed into
    /// place; a symbolic link through to its target, so the link stays; a character device or FIFO (`/dev/stdout`, a
    /// pipe) by writing to it, since renaming over it would replace the device with a file.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        try checkOutputPath(path)
        var target = path
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw GovReportsError.writeFailed(path: path, reason: "a symbolic link to nothing")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw GovReportsError.writeFailed(path: path, reason: "the output path names a folder")
            case S_IFCHR, S_IFIFO: return try stream(data, to: target, named: path)
            default: throw GovReportsError.writeFailed(path: path, reason: "not a regular file, character device or FIFO")
            }
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GovReportsError.writeFailed(path: path, reason: "cannot create its folder \(folder.path)")
        }
        do {
            try stream(data, to: temporary, named: path, creating: true)
        } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw GovReportsError.writeFailed(path: path, reason: reason)
        }
    }

    /// Refuses an output path that can never be written: empty, or naming a folder (`newdir/`, an existing folder).
    /// Commands call it before their work, so that a typo costs no time.
    public static func checkOutputPath(_ path: String) throws {
        guard !path.isEmpty else { throw GovReportsError.invalidArgument("the output path is empty") }
        var status = stat()
        if path.hasSuffix("/") || (stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR) {
            throw GovReportsError.writeFailed(path: path, reason: "the output path names a folder")
        }
    }

    /// Opens `file` for writing and writes all of `data`; errors name `path`, the file the user gave.
    private static func stream(_ data: Data, to file: String, named path: String, creating: Bool = false) throws {
        let flags = O_WRONLY | O_CLOEXEC | (creating ? O_CREAT | O_EXCL : 0)
        let descriptor = open(file, flags, 0o666)
        guard descriptor >= 0 else { throw GovReportsError.writeFailed(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw GovReportsError.writeFailed(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Reads a JSON stage file, turning decoding failures into a one-line error naming the file.
    public static func read<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        guard FileManager.default.fileExists(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GovReportsError.unreadable(path: path, reason: "permission denied or not a file")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw GovReportsError.invalidStageFile(path: path, reason: describe(error))
        }
    }

    /// What is wrong, in a few words, with the place in the file.
    public static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "bad value at \(dotted(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing key \(dotted(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(dotted(context.codingPath))"
        @unknown default:
            return "cannot decode"
        }
    }

    private static func dotted(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

/// The C library's `write`, which `JSONFile`'s own `write` hides inside the enum.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
