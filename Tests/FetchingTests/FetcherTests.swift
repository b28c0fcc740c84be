import Fetching
import Foundation
import ReportModel
import TestSupport
import Testing

/// `govreports fetch` against a server of the test's own on 127.0.0.1: conditional requests, redirects, errors,
/// retries, time-outs, the size limit and content sniffing.
@Suite(.timeLimit(.minutes(2))) struct FetcherTests {
    static let pdf = Data("%PDF-1.4\n% a report\n%%EOF\n".utf8)
    static let html = Data("<!DOCTYPE html><html><body><h1>404 页面不存在</h1></body></html>".utf8)

    /// The scripted site: every path a case of the issue.
    static func site() throws -> LocalHTTPServer {
        try LocalHTTPServer { request, count in
            switch request.path {
            case "/report.pdf":
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304, headers: [("ETag", "\"v1\"")]) }
                return .init(status: 200, headers: [("Content-Type", "application/pdf"), ("ETag", "\"v1\"")], body: pdf)
            case "/report.txt":
                let stamp = "Wed, 01 Dec 2026 08:00:00 GMT"
                if request.headers["if-modified-since"] == stamp { return .init(status: 304) }
                return .init(status: 200, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Last-Modified", stamp)], body: Data("一、总体情况\n".utf8))
            case "/old-link": return .init(status: 302, headers: [("Location", "/report.pdf")])
            case "/gone.pdf": return .init(status: 404, body: html)
            case "/flaky.pdf": return count == 1 ? .init(status: 500, body: Data("busy".utf8)) : .init(status: 200, headers: [("Content-Type", "application/pdf")], body: pdf)
            case "/slow.pdf": return .init(status: 200, body: pdf, delay: 3)
            case "/huge.pdf": return .init(status: 200, headers: [("Content-Type", "application/pdf")], body: pdf + Data(count: 300_000))
            case "/endless.pdf": return .init(status: 200, body: pdf + Data(count: 300_000), omitLength: true)
            case "/error-page.pdf": return .init(status: 200, headers: [("Content-Type", "application/pdf")], body: html)
            default: return .init(status: 404)
            }
        }
    }

    static var options: FetchOptions {
        var options = FetchOptions()
        options.hostInterval = 0
        options.timeout = 1
        options.retries = 2
        options.backoff = 0.05
        options.maximumBytes = 100_000
        return options
    }

    /// The scripted site's `paths` fetched into a fresh inbox; the server is stopped when done.
    static func fetched(_ paths: [String]) throws -> (index: FetchIndex, server: LocalHTTPServer, inbox: String) {
        let server = try site()
        defer { server.stop() }
        let inbox = try Fixtures.temporaryFolder().path
        return (try Fetcher(options: options).fetch(urls: paths.map(server.url), inbox: inbox), server, inbox)
    }

    @Test func anUnchangedFileIsNotDownloadedAgain() throws {
        let server = try Self.site()
        defer { server.stop() }
        let inbox = try Fixtures.temporaryFolder().path
        let urls = [server.url("/report.pdf"), server.url("/report.txt")]
        let first = try Fetcher(options: Self.options).fetch(urls: urls, inbox: inbox)
        #expect(first.entries.map(\.outcome) == [.downloaded, .downloaded])
        let entry = try #require(first[urls[0].absoluteString])
        #expect(entry.status == 200 && entry.bytes == Self.pdf.count && entry.sha256 == SHA256.hex(of: Self.pdf))
        #expect(entry.finalURL == urls[0].absoluteString && entry.etag == "\"v1\"" && !entry.time.isEmpty)
        let file = try #require(entry.file)
        #expect(file.hasSuffix(".pdf"))
        #expect(FileManager.default.contents(atPath: inbox + "/" + file) == Self.pdf)
        #expect(try FetchIndex.read(inbox: inbox) == first)

        let second = try Fetcher(options: Self.options).fetch(urls: urls, inbox: inbox)
        #expect(second.entries.map(\.outcome) == [.notModified, .notModified])
        #expect(second.entries.map(\.status) == [304, 304])
        #expect(second.entries.map(\.file) == first.entries.map(\.file))
        let conditional = server.requests.suffix(2)
        #expect(conditional.contains { $0.headers["if-none-match"] == "\"v1\"" })
        #expect(conditional.contains { $0.headers["if-modified-since"] == "Wed, 01 Dec 2026 08:00:00 GMT" })
    }

    @Test func redirectsAreFollowedAndTheFinalURLKept() throws {
        let (index, server, _) = try Self.fetched(["/old-link"])
        let entry = try #require(index.entries.first)
        #expect(entry.outcome == .downloaded)
        #expect(entry.finalURL == server.url("/report.pdf").absoluteString)
        #expect(entry.file?.hasSuffix(".pdf") == true)
    }

    @Test func a404IsNotRetriedAndA500IsRetried() throws {
        let (index, server, _) = try Self.fetched(["/gone.pdf", "/flaky.pdf"])
        let gone = try #require(index[server.url("/gone.pdf").absoluteString])
        #expect(gone.outcome == .failed && gone.status == 404 && gone.attempts == 1 && gone.file == nil)
        let flaky = try #require(index[server.url("/flaky.pdf").absoluteString])
        #expect(flaky.outcome == .downloaded && flaky.status == 200 && flaky.attempts == 2)
    }

    @Test func aSlowServerTimesOutAfterTheRetries() throws {
        let (index, server, _) = try Self.fetched(["/slow.pdf"])
        let entry = try #require(index.entries.first)
        #expect(entry.outcome == .failed)
        #expect(entry.error == "timed out")
        #expect(entry.attempts == Self.options.retries + 1)
        #expect(server.requests.count == Self.options.retries + 1)
    }

    @Test func aHugeFileIsRefusedWhetherItsLengthIsDeclaredOrNot() throws {
        let (index, _, inbox) = try Self.fetched(["/huge.pdf", "/endless.pdf"])
        #expect(index.entries.map(\.outcome) == [.tooLarge, .tooLarge])
        #expect(index.entries.allSatisfy { $0.file == nil && $0.bytes > Self.options.maximumBytes })
        #expect((try FileManager.default.contentsOfDirectory(atPath: inbox)) == [FetchIndex.fileName])
    }

    @Test func anHTMLPageServedAsPDFIsRecordedAsSuch() throws {
        let entry = try #require(try Self.fetched(["/error-page.pdf"]).index.entries.first)
        #expect(entry.outcome == .contentMismatch)
        #expect(entry.sniffed == "html")
        #expect(entry.error == "an HTML page served as application/pdf")
        #expect(entry.file == nil)
    }

    @Test func oneHostGetsOneRequestAtATime() throws {
        let server = try LocalHTTPServer { _, _ in .init(status: 200, body: Self.pdf, delay: 0.05) }
        defer { server.stop() }
        let inbox = try Fixtures.temporaryFolder().path
        var options = Self.options
        options.jobs = 8
        let urls = (0..<6).map { server.url("/r\($0).pdf") }
        let index = try Fetcher(options: options).fetch(urls: urls, inbox: inbox)
        #expect(index.entries.map(\.outcome) == Array(repeating: .downloaded, count: 6))
        #expect(Set(index.entries.compactMap(\.file)).count == 6)
        #expect(server.largestConcurrency == 1)
    }
}
