import Foundation
import ReportModel

/// The content-addressed store of every stage's output: `cache/<stage>/<id>-<chain>.json`, where the chain lists
/// the version of this stage and of every stage before it (`e1.r2.p1`). A changed input gives a new id; a bumped
/// stage version gives a new chain for that stage and all after it, and so a rerun of exactly those.
/// Failures that would repeat are kept beside as `<id>-<chain>.failed.json`.
struct StageCache: Sendable {
    let layout: CorpusLayout

    /// The cache file name (without extension) of `stage` for a document whose stages start at `first`.
    static func key(id: String, stage: Stage, first: Stage, versions: StageVersions) -> String {
        let chain = Stage.allCases.filter { $0 >= first && $0 <= stage }
            .map { "\($0.rawValue.prefix(1))\(versions[$0])" }
        return "\(id)-\(chain.joined(separator: "."))"
    }

    static func outputFile(stage: Stage, key: String) -> String { "cache/\(stage.rawValue)/\(key).json" }
    static func failureFile(stage: Stage, key: String) -> String { "cache/\(stage.rawValue)/\(key).failed.json" }

    /// The cached output, or nil when there is none or it cannot be decoded (then the stage simply runs again).
    func output<T: Decodable>(_ type: T.Type, stage: Stage, key: String) -> T? {
        guard let data = FileManager.default.contents(atPath: layout.path(Self.outputFile(stage: stage, key: key))) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    func store<T: Encodable>(_ value: T, stage: Stage, key: String) throws {
        // Layouts hold every glyph's box: compact keeps them a fraction of the size; the others are for reading.
        try JSONFile.write(value, to: layout.path(Self.outputFile(stage: stage, key: key)), pretty: stage != .extract)
        try? FileManager.default.removeItem(atPath: layout.path(Self.failureFile(stage: stage, key: key)))
    }

    func failure(stage: Stage, key: String) -> StageFailure? {
        (try? JSONFile.read(StageFailure.self, from: layout.path(Self.failureFile(stage: stage, key: key))))
            .flatMap { $0.errorCode == nil ? nil : $0 }
    }

    func store(_ failure: StageFailure, stage: Stage, key: String) throws {
        try JSONFile.write(failure, to: layout.path(Self.failureFile(stage: stage, key: key)))
        try? FileManager.default.removeItem(atPath: layout.path(Self.outputFile(stage: stage, key: key)))
    }
}
