import Foundation
import ReportModel

/// Documents the supervisor took out of the rest of a build, `cache/set-aside.json` (stage key → the reason): one that
/// killed the worker twice, the second time alone, or one that ran over the time limit. The worker gives such a
/// document status `failed` with that reason and caches nothing for it, so the next build tries it again; the file
/// lives only as long as the build.
struct SetAside: Codable, Equatable, Sendable {
    var reasons: [String: String] = [:]
    /// Stage key → the kind of the reason (`timedOut`, `workerKilled`).
    var codes: [String: ErrorCode]? = [:]

    /// Sets `key` aside for `reason`.
    mutating func add(_ key: String, _ reason: GovReportsError) {
        reasons[key] = reason.description
        codes = (codes ?? [:]).merging([key: ErrorCode(reason)]) { _, new in new }
    }

    static func file(_ layout: CorpusLayout) -> String { layout.path("cache/set-aside.json") }

    /// The documents set aside in this build; none when there is no file.
    static func load(_ layout: CorpusLayout) -> SetAside {
        (try? JSONFile.read(SetAside.self, from: file(layout))) ?? SetAside()
    }

    func save(_ layout: CorpusLayout) throws {
        try JSONFile.write(self, to: Self.file(layout))
    }

    static func remove(_ layout: CorpusLayout) {
        try? FileManager.default.removeItem(atPath: file(layout))
    }
}
