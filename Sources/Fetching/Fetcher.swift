import Foundation
import ReportModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads report URLs into an inbox for `govreports build`, keeping `.fetch-index.json` there.
///
/// Hosts are fetched side by side (up to `jobs`), each host's URLs one after another with `hostInterval`
/// between them. A URL fetched before is asked for conditionally (If-None-Match / If-Modified-Since), so an
/// unchanged file is not downloaded again. What the bytes are is sniffed, not taken from the server: an HTML
/// page served as `application/pdf` is recorded as such and not written.
public struct Fetcher: Sendable {
    var options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    /// Fetches `urls` into `inbox` and returns the index written there (entries of URLs not in this list kept).
    public func fetch(urls: [URL], inbox: String) throws -> FetchIndex {
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let previous = try FetchIndex.read(inbox: inbox)
        var seen = Set<URL>()
        let unique = urls.filter { seen.insert($0).inserted }
        var byHost: [String: [URL]] = [:]
        var order: [String] = []
        for url in unique {
            let host = url.host ?? ""
            if byHost[host] == nil { order.append(host) }
            byHost[host, default: []].append(url)
        }
        let groups = order.map { byHost[$0] ?? [] }
        let results = ResultBox()
        let slots = DispatchSemaphore(value: max(1, options.jobs))
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            slots.wait()
            defer { slots.signal() }
            for (position, url) in groups[index].enumerated() {
                if position > 0 { Thread.sleep(forTimeInterval: options.hostInterval) }
                results.add(fetchOne(url, previous: previous[url.absoluteString], inbox: inbox))
            }
        }
        let fetched = results.entries
        let position = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1.absoluteString, $0) })
        let kept = previous.entries.filter { position[$0.url] == nil }
        let index = FetchIndex(entries: kept + fetched.sorted { position[$0.url]! < position[$1.url]! })
        try index.write(inbox: inbox)
        return index
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [FetchIndex.Entry] = []
        func add(_ entry: FetchIndex.Entry) {
            lock.lock()
            stored.append(entry)
            lock.unlock()
        }
        var entries: [FetchIndex.Entry] {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
    }

    func fetchOne(_ url: URL, previous: FetchIndex.Entry?, inbox: String) -> FetchIndex.Entry {
        var request = URLRequest(url: url)
        request.setValue("govreports (annual-report corpus)", forHTTPHeaderField: "User-Agent")
        let current = previous.flatMap { entry in
            entry.file.map { FileManager.default.fileExists(atPath: (inbox as NSString).appendingPathComponent($0)) } == true ? entry : nil
        }
        if let etag = current?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let modified = current?.lastModified { request.setValue(modified, forHTTPHeaderField: "If-Modified-Since") }

        var entry = FetchIndex.Entry(
            url: url.absoluteString, outcome: .failed, bytes: 0, time: Self.now(), attempts: 0)
        let download = HTTPDownload(timeout: options.timeout, maximumBytes: options.maximumBytes)
        for attempt in 0...max(0, options.retries) {
            entry.attempts = attempt + 1
            if attempt > 0 { Thread.sleep(forTimeInterval: options.backoff * pow(2, Double(attempt - 1))) }
            switch download.get(request) {
            case .failed(let error):
                entry.error = "\(Self.describe(error))"
                if Self.isRetryable(error) { continue }
                return entry
            case .tooLarge(let response, let bytes):
                entry.finalURL = response?.url?.absoluteString
                entry.status = response?.statusCode
                entry.outcome = .tooLarge
                entry.bytes = bytes
                entry.error = "over the size limit of \(options.maximumBytes) bytes"
                return entry
            case .response(let response, let body):
                entry.finalURL = response.url?.absoluteString ?? url.absoluteString
                entry.status = response.statusCode
                entry.contentType = response.value(forHTTPHeaderField: "Content-Type")
                if (500...599).contains(response.statusCode) {
                    entry.error = "HTTP \(response.statusCode)"
                    continue
                }
                return finish(entry, response: response, body: body, previous: current, inbox: inbox)
            }
        }
        return entry
    }

    private func finish(
        _ entry: FetchIndex.Entry, response: HTTPURLResponse, body: Data, previous: FetchIndex.Entry?, inbox: String
    ) -> FetchIndex.Entry {
        var entry = entry
        entry.error = nil
        if response.statusCode == 304, let previous {
            entry.outcome = .notModified
            entry.file = previous.file
            entry.sha256 = previous.sha256
            entry.sniffed = previous.sniffed
            entry.etag = response.value(forHTTPHeaderField: "ETag") ?? previous.etag
            entry.lastModified = response.value(forHTTPHeaderField: "Last-Modified") ?? previous.lastModified
            return entry
        }
        guard (200...299).contains(response.statusCode) else {
            entry.error = "HTTP \(response.statusCode)"
            return entry
        }
        entry.bytes = body.count
        entry.sha256 = SHA256.hex(of: body)
        let sniffed = InputKind.sniff(body)
        let finalURL = response.url ?? URL(string: entry.url)!
        let named = InputKind(fileName: finalURL.path)
        let type = (entry.contentType ?? "").lowercased()
        let kind: InputKind = sniffed == .text && (named == .markdown || named == .text) ? named : sniffed
        entry.sniffed = kind.rawValue
        let claimed: InputKind? =
            type.contains("application/pdf") || named == .pdf ? .pdf
            : type.contains("wordprocessingml") || named == .docx ? .docx : nil
        if let claimed, claimed != kind {
            entry.outcome = .contentMismatch
            entry.error = "\(Self.article(kind)) served as \(type.isEmpty ? "." + claimed.rawValue : type)"
            return entry
        }
        let file = Self.fileName(for: URL(string: entry.url)!, kind: kind)
        do {
            let path = (inbox as NSString).appendingPathComponent(file)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try JSONFile.writeAtomically(body, to: path)
        } catch {
            entry.error = "cannot write \(file): \(error)"
            return entry
        }
        entry.outcome = .downloaded
        entry.file = file
        entry.etag = response.value(forHTTPHeaderField: "ETag")
        entry.lastModified = response.value(forHTTPHeaderField: "Last-Modified")
        return entry
    }

    /// `HOST/STEM-HASH.EXT`: one folder per host, the URL's own name, 8 hex digits of the URL's SHA-256 so two
    /// URLs never share a file, and the extension of what the content is.
    static func fileName(for url: URL, kind: InputKind) -> String {
        let host = (url.host ?? "unknown").filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        let last = (url.lastPathComponent.removingPercentEncoding ?? url.lastPathComponent) as NSString
        let stem = String(String(last.deletingPathExtension).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(60))
        let hash = SHA256.hex(of: Data(url.absoluteString.utf8)).prefix(8)
        let ext = switch kind {
        case .pdf: "pdf"
        case .docx: "docx"
        case .html: "html"
        case .markdown: "md"
        case .text, .other: "txt"
        }
        return "\(host.isEmpty ? "unknown" : host)/\(stem.isEmpty || stem == "_" ? "index" : stem)-\(hash).\(ext)"
    }

    private static func article(_ kind: InputKind) -> String {
        switch kind {
        case .html: "an HTML page"
        case .pdf: "a PDF"
        case .docx: "a zip package"
        case .text, .markdown, .other: "text"
        }
    }

    private static func isRetryable(_ error: URLError) -> Bool {
        [.timedOut, .networkConnectionLost, .cannotConnectToHost, .notConnectedToInternet, .badServerResponse].contains(error.code)
    }

    private static func describe(_ error: URLError) -> String {
        switch error.code {
        case .timedOut: "timed out"
        case .cannotConnectToHost: "cannot connect to the host"
        case .cannotFindHost: "unknown host"
        case .networkConnectionLost: "the connection was lost"
        default: "network error \(error.code.rawValue): \(error.localizedDescription)"
        }
    }

    private static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
