import Foundation
import ReportModel

/// `govreports build`: brings a corpus folder up to date with an inbox of downloaded reports.
///
/// Every stage output is cached by input hash and stage version, so a rerun only does what is new or changed, and a
/// build killed at any point resumes from what it had finished. One bad file only gives that document a status.
public struct CorpusBuilder: Sendable {
    public var stages: Stages
    public var options: BuildOptions
    public var progress: ProgressReporter?

    public init(stages: Stages = .live(), options: BuildOptions = BuildOptions(), progress: ProgressReporter? = nil) {
        self.stages = stages
        self.options = options
        self.progress = progress
    }

    /// Builds `corpus` from `inbox`; throws only for what stops the whole build (no inbox, corpus locked, disk errors).
    public func build(inbox: String, corpus: String) throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let layout = CorpusLayout(root: corpus)
        let lock = options.supervised ? nil : try CorpusLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        layout.removeTemporaryFiles()

        let files = try InputScanner.scan(inbox: inbox, excluding: layout.root)
        let digests = try hash(files, layout: layout)
        var groups: [String: [(InputFile, String)]] = [:]
        var entries: [ManifestEntry] = []
        for (file, digest) in zip(files, digests) {
            guard let digest else {
                // Only shard 0 reports unreadable files, so that merged shards list each once.
                if options.shard.map({ $0.index == 0 }) ?? true {
                    entries.append(ManifestEntry(
                        path: file.relativePath, id: "", sha256: "", status: .failed,
                        error: GovReportsError.unreadable(path: file.relativePath, reason: "cannot read its bytes").description))
                }
                continue
            }
            let id = String(digest.prefix(16))
            guard options.shard?.contains(id: id) ?? true else { continue }
            groups[id, default: []].append((file, digest))
        }
        let onlyID = try options.only.map { try resolve($0, among: groups.keys) }
        let previous = Dictionary(
            ((try? JSONFile.read([ManifestEntry].self, from: layout.manifest)) ?? []).filter { $0.status != .duplicate }
                .map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var jobs: [DocumentJob] = []
        for (id, copies) in groups {
            let (file, digest) = copies[0]
            let forced = onlyID == nil || onlyID == id
            let forceFrom = forced ? (options.from ?? (onlyID == nil ? nil : .extract)) : nil
            jobs.append(DocumentJob(file: file, sha256: digest, forceFrom: forceFrom, previous: previous[id]))
            for (copy, _) in copies.dropFirst() {
                entries.append(ManifestEntry(
                    path: copy.relativePath, id: id, sha256: digest, status: .duplicate, duplicateOf: file.relativePath))
            }
        }
        jobs.sort { $0.file.relativePath.utf8.lexicographicallyPrecedes($1.file.relativePath.utf8) }

        let outcomes = run(jobs, layout: layout)
        entries += outcomes.map(\.entry)
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let assembled = try CorpusAssembler(layout: layout)
            .assemble(entries, recordsChanged: outcomes.contains { $0.recordChanged })
        return BuildReport(
            inputs: entries.count,
            statuses: Dictionary(grouping: entries, by: \.status).mapValues(\.count),
            stagesRun: outcomes.map(\.stagesRun).reduce(0, +),
            assembled: assembled,
            seconds: (clock.now - start).seconds)
    }

    /// Runs the documents on `options.jobs` threads, each taking the next document when done with one.
    private func run(_ jobs: [DocumentJob], layout: CorpusLayout) -> [DocumentProcessor.Outcome] {
        let processor = DocumentProcessor(stages: stages, layout: layout)
        let results = Locked([DocumentProcessor.Outcome?](repeating: nil, count: jobs.count))
        let next = Locked(0)
        progress?.start(total: jobs.count)
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, max(1, jobs.count))) { _ in
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < jobs.count else { return }
                let outcome = processor.process(jobs[index])
                results.withLock { $0[index] = outcome }
                progress?.finished(outcome.entry, stagesRun: outcome.stagesRun)
            }
        }
        progress?.end()
        return results.withLock { $0.compactMap { $0 } }
    }

    /// SHA-256 of every file (nil for a file that cannot be read), from the hash index when size and time are unchanged.
    private func hash(_ files: [InputFile], layout: CorpusLayout) throws -> [String?] {
        var index = HashIndex(path: layout.hashIndex)
        let known = index
        let digests = Locked([String?](repeating: nil, count: files.count))
        let next = Locked(0)
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, max(1, files.count))) { _ in
            while true {
                let position = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard position < files.count else { return }
                let file = files[position]
                let digest = known.digest(of: file) ?? (try? Data(contentsOf: file.url)).map(SHA256.hex(of:))
                digests.withLock { $0[position] = digest }
            }
        }
        let result = digests.withLock { $0 }
        index.replace(with: zip(files, result).compactMap { file, digest in digest.map { (file, $0) } })
        try index.save()
        return result
    }

    /// The one id that `text` is or begins.
    private func resolve(_ text: String, among ids: Dictionary<String, [(InputFile, String)]>.Keys) throws -> String {
        let matches = ids.filter { $0.hasPrefix(text.lowercased()) }
        guard matches.count == 1, !text.isEmpty else {
            let why = matches.isEmpty ? "no input has that id" : "\(matches.count) inputs have ids starting so"
            throw GovReportsError.invalidArgument("--only \(text): \(why)")
        }
        return matches[0]
    }
}
