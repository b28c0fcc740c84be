import Foundation

/// `INBOX/.fetch-index.json`: what each URL gave the last time it was fetched, and the validators
/// (ETag, Last-Modified) that make the next fetch conditional. The name starts with a dot, so a corpus build
/// over the inbox skips it.
public struct FetchIndex: Codable, Sendable, Equatable {
    public static let fileName = ".fetch-index.json"

    public struct Entry: Codable, Sendable, Equatable {
        public enum Outcome: String, Codable, Sendable, CaseIterable {
            /// Downloaded and written to `file`.
            case downloaded
            /// The server said 304 (or sent the same bytes): nothing written, `file` is still current.
            case notModified
            /// The content is not what the server said (an HTML page served as `application/pdf`): not written.
            case contentMismatch
            /// Over the size limit: not written.
            case tooLarge
            /// An HTTP error, a time-out or a network error after the retries: not written.
            case failed
        }

        public var url: String
        public var finalURL: String?
        public var status: Int?
        public var outcome: Outcome
        public var bytes: Int
        public var sha256: String?
        /// ISO 8601, UTC.
        public var time: String
        /// The inbox file holding the content (relative to the inbox), for the corpus's `source.url`.
        public var file: String?
        public var contentType: String?
        /// What the content turned out to be (`pdf`, `html`, `docx`, `text`).
        public var sniffed: String?
        public var etag: String?
        public var lastModified: String?
        public var attempts: Int
        public var error: String?

        public init(
            url: String, finalURL: String? = nil, status: Int? = nil, outcome: Outcome, bytes: Int = 0, sha256: String? = nil,
            time: String, file: String? = nil, contentType: String? = nil, sniffed: String? = nil, etag: String? = nil,
            lastModified: String? = nil, attempts: Int = 0, error: String? = nil
        ) {
            self.url = url
            self.finalURL = finalURL
            self.status = status
            self.outcome = outcome
            self.bytes = bytes
            self.sha256 = sha256
            self.time = time
            self.file = file
            self.contentType = contentType
            self.sniffed = sniffed
            self.etag = etag
            self.lastModified = lastModified
            self.attempts = attempts
            self.error = error
        }
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public subscript(url: String) -> Entry? { entries.first { $0.url == url } }

    /// URL by inbox file, for records whose input came from a fetch.
    public var urlsByFile: [String: String] {
        var urls: [String: String] = [:]
        for entry in entries { if let file = entry.file { urls[file] = entry.url } }
        return urls
    }

    /// The index in `inbox`, empty when there is none yet.
    public static func read(inbox: String) throws -> FetchIndex {
        let path = (inbox as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return FetchIndex() }
        return try JSONFile.read(FetchIndex.self, from: path)
    }

    public func write(inbox: String) throws {
        try JSONFile.write(self, to: (inbox as NSString).appendingPathComponent(Self.fileName))
    }
}
