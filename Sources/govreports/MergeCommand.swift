import ArgumentParser
import CommandSupport
import Corpus

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Combine the corpus folders of `build --shard K/N` workers into one corpus.")

    @Argument(help: "Shard corpus folders.") var shards: [String]
    @Option(name: .long, help: "Merged corpus folder (created if needed).") var out: String

    func run() throws {
        try runReportingErrors {
            let count = try CorpusMerger().merge(shards: shards, into: out)
            print("govreports merge: \(count) inputs from \(shards.count) shards into \(out)")
        }
    }
}
