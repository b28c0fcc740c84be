import Foundation
import ReportModel

/// What `govreports show ID` prints: an input's status and where each stage's cached output (or recorded failure)
/// and its record are, so a person can open the intermediate JSON of a document that went wrong.
public struct DocumentDescription: Sendable, CustomStringConvertible {
    let entry: ManifestEntry
    let copies: [String]
    let layout: CorpusLayout

    /// The entry whose id is or begins with `id` in the corpus's manifest.
    public init(id: String, corpus: String) throws {
        layout = CorpusLayout(root: corpus)
        guard FileManager.default.fileExists(atPath: layout.manifest) else {
            throw GovReportsError.invalidArgument("\(corpus): not a built corpus folder (no manifest.json)")
        }
        let entries = try JSONFile.read([ManifestEntry].self, from: layout.manifest)
        let prefix = id.lowercased()
        let matches = entries.filter { !prefix.isEmpty && $0.id.hasPrefix(prefix) && $0.status != .duplicate }
        guard matches.count == 1 else {
            throw GovReportsError.invalidArgument(
                matches.isEmpty ? "\(id): no input with that id in \(corpus)" : "\(id): \(matches.count) inputs have ids starting so")
        }
        entry = matches[0]
        copies = entries.filter { $0.status == .duplicate && $0.id == matches[0].id }.map(\.path)
    }

    public var description: String {
        var lines = [
            "id       \(entry.id)",
            "path     \(entry.path)",
            "status   \(entry.status.rawValue)",
        ]
        lines += copies.map { "copy     \($0)" }
        if let format = entry.format { lines.append("format   \(format.rawValue)") }
        if let pages = entry.pages { lines.append("pages    \(pages)") }
        if let error = entry.error { lines.append("error    \(error)") }
        for stage in Stage.allCases {
            guard let file = entry.cache[stage.rawValue] else { continue }
            // How long the stage took, and the fingerprint of the code that made the file.
            let notes = [entry.timings[stage.rawValue].map { String(format: "%.3f s", $0) }, entry.fingerprints?[stage.rawValue].map { "code \($0)" }]
                .compactMap { $0 }
            let suffix = notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"
            lines.append("\(stage.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(layout.path(file))\(suffix)")
        }
        if entry.status == .ok {
            lines.append("record   \(layout.record(id: entry.id)) (\(entry.warnings) warnings)")
        }
        return lines.joined(separator: "\n")
    }
}
