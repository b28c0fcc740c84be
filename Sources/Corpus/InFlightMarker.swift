import Foundation
import ReportModel

/// A note that a stage is running on a document, `cache/running/<key>.json`, removed when the stage returns.
///
/// A marker still there after the build process died names the document that killed it (a trap in a stage, a
/// crash in a C library, the kernel's OOM killer), so the supervisor can record that document as failed and go on.
struct InFlightMarker: Codable, Equatable, Sendable {
    var path: String
    var stage: Stage
    var key: String

    static func folder(_ layout: CorpusLayout) -> String { layout.path("cache/running") }

    private func file(_ layout: CorpusLayout) -> String { Self.folder(layout) + "/\(key).json" }

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
