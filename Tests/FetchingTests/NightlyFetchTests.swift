import Fetching
import Foundation
import ReportModel
import TestSupport
import Testing

/// `scripts/nightly INBOX CORPUS URLS` over a site served locally: it fetches, builds, and run again downloads
/// nothing and reruns no stage. Needs the built `govreports`.
@Suite(.timeLimit(.minutes(3))) struct NightlyFetchTests {
    @Test(.enabled(if: Fixtures.govreportsExecutable != nil))
    func aNightlyRunFetchesBuildsAndRerunDownloadsNothing() throws {
        let pdf = try Data(contentsOf: Fixtures.samples.appendingPathComponent("baixi-transport-2020.pdf"))
        let markdown = Data("""
            # 示例县水利局2022年政府信息公开年度报告

            ## 一、总体情况

            本年度公开工作稳步推进。

            ## 二、主动公开政府信息情况

            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |---|---|---|---|
            | 规章 | 0 | 0 | 0 |
            | 行政规范性文件 | 3 | 1 | 9 |

            ## 六、其他需要报告的事项

            无。
            """.utf8)
        let server = try LocalHTTPServer { request, _ in
            switch request.path {
            case "/2021/report.pdf":
                if request.headers["if-none-match"] == "\"a1\"" { return .init(status: 304) }
                return .init(status: 200, headers: [("Content-Type", "application/pdf"), ("ETag", "\"a1\"")], body: pdf)
            case "/2022/report.md":
                if request.headers["if-none-match"] == "\"b1\"" { return .init(status: 304) }
                return .init(status: 200, headers: [("Content-Type", "text/markdown"), ("ETag", "\"b1\"")], body: markdown)
            default:
                return .init(status: 404)
            }
        }
        defer { server.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("urls.txt")
        let urls = [server.url("/2021/report.pdf"), server.url("/2022/report.md")]
        try ("# agencies' reports\n" + urls.map(\.absoluteString).joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let inbox = folder.appendingPathComponent("inbox").path, corpus = folder.appendingPathComponent("corpus").path
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/nightly").path
        let environment = ["GOVREPORTS": Fixtures.govreportsExecutable!.path]

        let first = try CommandRun(script, [inbox, corpus, list.path], environment: environment)
        #expect(first.status == 0, "\(first.text)")
        #expect(first.text.contains("fetched 2 URL(s): 2 downloaded"), "\(first.text)")
        let index = try FetchIndex.read(inbox: inbox)
        let records = try FileManager.default.contentsOfDirectory(atPath: corpus + "/records")
        #expect(records.count == 2)
        let urlsOfRecords = try records.map { try JSONFile.read(ReportRecord.self, from: corpus + "/records/" + $0).source.url }
        #expect(Set(urlsOfRecords) == Set(urls.map { Optional($0.absoluteString) }))
        #expect(index.entries.map(\.sniffed) == ["pdf", "markdown"])

        let requestsBefore = server.requests.count
        let second = try CommandRun(script, [inbox, corpus, list.path], environment: environment)
        #expect(second.status == 0, "\(second.text)")
        #expect(second.text.contains("fetched 2 URL(s): 2 notModified"), "\(second.text)")
        let rerun = server.requests.dropFirst(requestsBefore)
        #expect(rerun.count == 2 && rerun.allSatisfy { $0.headers["if-none-match"] != nil })
        #expect(try FetchIndex.read(inbox: inbox).entries.allSatisfy { $0.outcome == .notModified && $0.status == 304 })
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus + "/records").sorted() == records.sorted())
    }
}

extension NightlyFetchTests {
    /// A URL list that is missing or holds something else than URLs is one line naming it, exit 2, nothing fetched.
    @Test(.enabled(if: Fixtures.govreportsExecutable != nil))
    func aBadURLListIsAClearError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = Fixtures.govreportsExecutable!.path, inbox = folder.appendingPathComponent("inbox").path
        let missing = try CommandRun(binary, ["fetch", folder.appendingPathComponent("none.txt").path, "--inbox", inbox])
        #expect(missing.status == 2)
        #expect(missing.error.hasPrefix("govreports: ") && missing.error.contains("none.txt") && missing.error.split(separator: "\n").count == 1)
        let list = folder.appendingPathComponent("urls.txt")
        try "http://127.0.0.1:9/a.pdf\nftp://example.gov.cn/b.pdf\n".write(to: list, atomically: true, encoding: .utf8)
        let bad = try CommandRun(binary, ["fetch", list.path, "--inbox", inbox])
        #expect(bad.status == 2)
        #expect(bad.error.contains("line 2 is not an http(s) URL"), "\(bad.error)")
        #expect(!FileManager.default.fileExists(atPath: inbox))
    }
}
