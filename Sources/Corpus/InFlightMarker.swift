import Foundation
import ReportModel

/// A note that a stage is running on a document, `cache/running/<key>.json`, removed when the stage returns.
///
/// A marker still there after the build process died names the document that killed it (a trap in a stage, a
/// crash in a C library, the kernel's OOM killer), so the supervisor can retry it alone, and set it aside for the
/// rest of the build when it dies again; a marker older than the time limit names a document that runs too long.
struct InFlightMarker: Codable, Equatable, Sendable {
    var path: String
    var stage: Stage
    var key: String
    /// When the worker began this document's first stage, in seconds since 1970: the supervisor's clock for
    /// `--document-timeout`.
    var started: Double

    static func folder(_ layout: CorpusLayout) -> String { layout.path("cache/running") }

    /// The marker's file, relative to the corpus.
    var relativeFile: String { "cache/running/\(key).json" }

    private func file(_ layout: CorpusLayout) -> String { layout.path(relativeFile) }

    func write(_ layout: CorpusLayout) throws {
        try JSONFile.write(self, to: file(layout), pretty: false)
    }

    func remove(_ layout: CorpusLayout) {
        try? FileManager.default.removeItem(atPath: file(layout))
    }

    /// The markers left in the corpus, in key order.
    static func all(_ layout: CorpusLayout) -> [InFlightMarker] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder(layout))) ?? []).sorted()
        return names.filter { $0.hasSuffix(".json") }
            .compactMap { try? JSONFile.read(InFlightMarker.self, from: folder(layout) + "/" + $0) }
    }

    static func removeAll(_ layout: CorpusLayout) {
        try? FileManager.default.removeItem(atPath: folder(layout))
    }
}
