import Foundation
import SourceFingerprint

/// Writes the Swift file that gives each stage its fingerprint:
/// `stage-fingerprint --root DIR --output FILE --stage NAME FILE… [--stage NAME FILE…]`.
/// Run by `StageFingerprintPlugin` at build time; not a user command.
@main
struct StageFingerprintTool {
    static func main() {
        do {
            let arguments = try Arguments(CommandLine.arguments.dropFirst())
            var lines = [
                "// Generated at build time by StageFingerprintPlugin from the sources of each stage's modules; do not edit.",
                "/// Each stage's fingerprint: a digest of its module's sources and of every module it depends on.",
                "public enum StageFingerprints {",
            ]
            for (stage, files) in arguments.stages {
                let fingerprint = try SourceFingerprint.of(files: files, relativeTo: arguments.root)
                lines.append("    public static let \(stage) = \"\(fingerprint)\"")
            }
            lines.append("}")
            let text = Data((lines.joined(separator: "\n") + "\n").utf8)
            // Unchanged sources leave the file untouched, so the modules that include it are not recompiled.
            if (try? Data(contentsOf: arguments.output)) != text { try text.write(to: arguments.output, options: .atomic) }
        } catch {
            FileHandle.standardError.write(Data("stage-fingerprint: \(error)\n".utf8))
            exit(1)
        }
    }
}

/// The tool's command line, in the order the plugin writes it.
struct Arguments {
    var root = URL(fileURLWithPath: ".")
    var output = URL(fileURLWithPath: "StageFingerprints.swift")
    var stages: [(name: String, files: [URL])] = []

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    init(_ words: ArraySlice<String>) throws {
        var words = words
        while let word = words.popFirst() {
            switch word {
            case "--root", "--output":
                guard let value = words.popFirst() else { throw Invalid(description: "\(word) needs a path") }
                if word == "--root" { root = URL(fileURLWithPath: value) } else { output = URL(fileURLWithPath: value) }
            case "--stage":
                guard let name = words.popFirst() else { throw Invalid(description: "--stage needs a name") }
                stages.append((name, []))
            default:
                guard !stages.isEmpty else { throw Invalid(description: "\(word): a file before any --stage") }
                stages[stages.count - 1].files.append(URL(fileURLWithPath: word))
            }
        }
        guard !stages.isEmpty else { throw Invalid(description: "no --stage given") }
    }
}
