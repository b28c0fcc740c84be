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

    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }

    /// Writes `value` as JSON to `path`, or to standard output when `path` is `-`.
    public static func write<T: Encodable>(_ value: T, to path: String, pretty: Bool = true) throws {
        var data = try encode(value, pretty: pretty)
        data.append(0x0A)
        try writeAtomically(data, to: path)
    }

    /// Writes bytes to `path` through a temporary file in the same folder, then renames it into place.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw GovReportsError.writeFailed(path: path, reason: reason)
            }
        } catch let error as GovReportsError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GovReportsError.writeFailed(path: path, reason: error.localizedDescription)
        }
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
