import ArgumentParser
import CommandSupport
import Fetching
import Foundation
import ReportModel

/// `govreports fetch`, in an executable of its own: URLSession links libcurl and its TLS and Kerberos libraries,
/// which every start of `govreports` would otherwise load. `govreports fetch` runs this program.
@main
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govreports fetch",
        abstract: "Download report URLs into an inbox for `build`, conditionally, politely, within a size limit.")

    @Argument(help: "A file of URLs, one a line (blank lines and lines starting with # ignored).") var urls: String
    @Option(name: .long, help: "Inbox folder the files and .fetch-index.json go to.") var inbox: String
    @Option(name: .long, help: "Hosts fetched at the same time (each host one request at a time).") var jobs = FetchOptions().jobs
    @Option(name: .customLong("host-interval"), help: "Seconds between two requests to one host.") var hostInterval = FetchOptions().hostInterval
    @Option(name: .long, help: "Seconds without data before a request is retried.") var timeout = FetchOptions().timeout
    @Option(name: .long, help: "Retries after a 5xx answer, a time-out or a lost connection.") var retries = FetchOptions().retries
    @Option(name: .long, help: "Seconds before the first retry, doubled for each further one.") var backoff = FetchOptions().backoff
    @Option(name: .customLong("max-bytes"), help: "Largest file kept; larger ones are refused.") var maxBytes = FetchOptions().maximumBytes

    func run() throws {
        var failed = false
        try runReportingErrors {
            let list = try Self.urls(in: urls)
            var options = FetchOptions()
            options.jobs = max(1, jobs)
            options.hostInterval = max(0, hostInterval)
            options.timeout = max(0.1, timeout)
            options.retries = max(0, retries)
            options.backoff = max(0, backoff)
            options.maximumBytes = max(1, maxBytes)
            let index = try Fetcher(options: options).fetch(urls: list, inbox: inbox)
            let fetched = index.entries.filter { entry in list.contains { $0.absoluteString == entry.url } }
            for entry in fetched where entry.outcome != .downloaded && entry.outcome != .notModified {
                FileHandle.standardError.write(Data(("govreports fetch: \(entry.url): \(entry.outcome.rawValue): \(entry.error ?? "")".escapingControlCharacters + "\n").utf8))
            }
            let counts = Dictionary(grouping: fetched, by: \.outcome).mapValues(\.count)
            let parts = FetchIndex.Entry.Outcome.allCases.compactMap { outcome in counts[outcome].map { "\($0) \(outcome.rawValue)" } }
            print("govreports fetch: \(fetched.count) URL(s): \(parts.joined(separator: ", "))")
            failed = fetched.contains { $0.outcome != .downloaded && $0.outcome != .notModified }
        }
        if failed { throw ExitCode(1) }
    }

    /// The URLs of the list; a line that is not an http(s) URL is an error naming the file and line.
    static func urls(in path: String) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            throw GovReportsError.unreadable(path: path, reason: "not a UTF-8 list of URLs")
        }
        var urls: [URL] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let url = URL(string: line), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw GovReportsError.unreadable(path: path, reason: "line \(number + 1) is not an http(s) URL")
            }
            urls.append(url)
        }
        return urls
    }
}
