import ArgumentParser
import CommandSupport
import Corpus
import Foundation
import ReportModel

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Inbox of .pdf/.docx/.txt/.html/.md files → corpus: records/, corpus.jsonl, corpus.sqlite, manifest.json, summary.html.",
        discussion: """
            Reruns only what is new or changed (stage outputs are cached under CORPUS/cache by input hash and stage version).
            The work runs in a child process: a document that crashes it is recorded as failed and the build goes on.
            Exit status: 0 when every document was handled, 1 when some document failed (see manifest.json), 2 on a fatal error.
            """)

    @Argument(help: "Folder of downloaded reports, searched recursively.") var inbox: String
    @Option(name: .long, help: "Corpus folder (created if needed).") var out: String
    @Option(help: "Documents processed at once.") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Rerun only this document (its id or a unique prefix), even if cached.") var only: String?
    @Option(help: "Rerun from this stage on: extract, repair or parse (for --only's document, else for all).")
    var from: String?
    @Option(help: "Take part K of N (0 ≤ K < N) of the inputs, split by id, for several workers; then `govreports merge`.")
    var shard: String?
    @Option(help: "Password of encrypted PDFs.") var password: String?
    @Flag(help: "Read files that symbolic links in the inbox lead to outside it (by default such links are skipped).")
    var followLinks = false
    @Option(help: "Longest time one document may take, in seconds; one over it fails and is tried again by the next build.")
    var documentTimeout: Double = 600
    @Option(help: "Most memory one document may take, in MB (the worker's resident memory per document in flight); one over it fails and is tried again by the next build.")
    var documentMemory: Int = BuildSupervisor.defaultDocumentMemory
    @Flag(help: .private) var worker = false

    func run() throws {
        var status: Int32 = 0
        try runReportingErrors {
            let options = try buildOptions()
            if worker {
                BuildSupervisor.exitWhenSupervisorDies()
                let builder = CorpusBuilder(
                    stages: .live(options: .init(password: password, ocrWorkers: Pipeline.Options.ocrWorkers(jobs: jobs))),
                    options: options, progress: ProgressReporter())
                let report = try builder.build(inbox: inbox, corpus: out)
                for file in report.repaired {
                    let path = "\(out)/\(file)".escapingControlCharacters
                    FileHandle.standardError.write(Data("govreports: \(path): damaged; made again from the cache\n".utf8))
                }
                print("govreports build: \(report.summaryLine)")
                status = report.count(.failed) > 0 ? 1 : 0
            } else {
                let supervisor = BuildSupervisor(
                    launch: BuildSupervisor.workerProcess(arguments: workerArguments),
                    log: { FileHandle.standardError.write(Data("govreports: \($0)\n".utf8)) },
                    documentTimeout: .milliseconds(Int64((documentTimeout * 1000).rounded())), documentMemory: documentMemory)
                status = try supervisor.run(corpus: out)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A week: longer limits are no limit, and would overflow the supervisor's clock arithmetic.
    private static let longestTimeout = 604_800.0
    /// Below 64 MB no worker even starts; 1 TB is more than any machine this runs on.
    private static let memoryRange = 64...1_048_576

    /// Checks the arguments before any lock is taken or worker started, so a typo creates no corpus folder.
    private func buildOptions() throws -> BuildOptions {
        guard FileManager.default.fileExists(atPath: inbox) else { throw GovReportsError.fileNotFound(path: inbox) }
        guard jobs >= 1 else { throw GovReportsError.invalidArgument("--jobs \(jobs): must be at least 1") }
        guard documentTimeout > 0, documentTimeout <= Self.longestTimeout else {
            throw GovReportsError.invalidArgument("--document-timeout \(documentTimeout): must be a number of seconds above 0 and at most \(Int(Self.longestTimeout))")
        }
        guard (Self.memoryRange).contains(documentMemory) else {
            throw GovReportsError.invalidArgument("--document-memory \(documentMemory): must be a number of MB from \(Self.memoryRange.lowerBound) to \(Self.memoryRange.upperBound)")
        }
        try CorpusBuilder.checkPlaces(inbox: inbox, corpus: out)
        let stage = try from.map { name in
            guard let stage = Stage(rawValue: name) else {
                throw GovReportsError.invalidArgument("--from \(name): expected extract, repair or parse")
            }
            return stage
        }
        return BuildOptions(
            jobs: jobs, shard: try shard.map(ShardSpec.init(parsing:)), only: only, from: stage, supervised: worker,
            followLinks: followLinks)
    }

    /// This command's arguments for the worker process, with `jobs` when the supervisor overrides it.
    private func workerArguments(jobs override: Int?) -> [String] {
        var arguments = ["build", inbox, "--out", out, "--jobs", String(override ?? jobs), "--worker"]
        if followLinks { arguments.append("--follow-links") }
        for (name, value) in [("--only", only), ("--from", from), ("--shard", shard), ("--password", password)] {
            if let value { arguments += [name, value] }
        }
        return arguments
    }
}
