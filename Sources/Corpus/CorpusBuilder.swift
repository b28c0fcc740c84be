import Foundation
import ReportModel

/// `govreports build`: brings a corpus folder up to date with an inbox of downloaded reports.
///
/// Every stage output is cached by input hash and stage version, so a rerun only does what is new or changed, and a
/// build killed at any point resumes from what it had finished. One bad file only gives that document a status.
public struct CorpusBuilder: Sendable {
    var stages: Stages
    var options: BuildOptions
    var progress: ProgressReporter?
    var hasher = InputHasher()

    public init(stages: Stages = .live(), options: BuildOptions = BuildOptions(), progress: ProgressReporter? = nil) {
        self.stages = stages
        self.options = options
        self.progress = progress
    }

    /// Refuses a corpus folder that is the inbox or inside it, which would read its own outputs as inputs.
    public static func checkPlaces(inbox: String, corpus: String) throws {
        guard !corpus.isEmpty else { throw GovReportsError.invalidArgument("--out: the corpus path is empty") }
        guard let inboxPath = resolved(inbox) else { return }
        let corpusPath = resolved(corpus) ?? URL(fileURLWithPath: corpus).standardizedFileURL.path
        if corpusPath == inboxPath || corpusPath.hasPrefix(inboxPath.hasSuffix("/") ? inboxPath : inboxPath + "/") {
            throw GovReportsError.invalidArgument(
                "--out \(corpus): the corpus folder must not be the inbox \(inbox) or inside it (it would read its own outputs)")
        }
    }

    /// `path` with symbolic links resolved, as far as it exists; nil when not even its root exists.
    private static func resolved(_ path: String) -> String? {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while true {
            if let real = realpath(url.path, nil) {
                defer { free(real) }
                return ([String(cString: real)] + rest.reversed()).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
            }
            guard url.path != "/" else { return nil }
            rest.append(url.lastPathComponent)
            url.deleteLastPathComponent()
        }
    }

    /// Builds `corpus` from `inbox`; throws only for what stops the whole build (no inbox, corpus locked, disk errors).
    public func build(inbox: String, corpus: String) throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        try Self.checkPlaces(inbox: inbox, corpus: corpus)
        let layout = CorpusLayout(root: corpus)
        let lock = options.supervised ? nil : try CorpusLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        layout.removeTemporaryFiles()
        let listing = try InputScanner.scan(inbox: inbox, followLinks: options.followLinks)

        let digests = try hash(listing.files, layout: layout)
        // Paths without an id are listed by shard 0 only, so that merged shards list each once.
        let listsUnhashed = options.shard.map { $0.index == 0 } ?? true
        var entries: [ManifestEntry] = []
        if listsUnhashed {
            entries += listing.skipped.map { path, reason in
                ManifestEntry(
                    path: path, id: "", sha256: "", status: .skipped,
                    error: GovReportsError.skippedInput(path: path, reason: reason).description, errorCode: .skipped)
            }
        }
        var groups: [String: [(InputFile, InputHasher.Hashed)]] = [:]
        for (file, hashed) in zip(listing.files, digests) {
            guard let hashed, file.size > 0 else {
                guard listsUnhashed else { continue }
                let error = hashed == nil
                    ? GovReportsError.unreadable(path: file.relativePath, reason: "cannot read its bytes") : .emptyInput(path: file.relativePath)
                entries.append(ManifestEntry(
                    path: file.relativePath, id: "", sha256: "", status: hashed == nil ? .failed : .empty, error: error.description,
                    errorCode: ErrorCode(error)))
                continue
            }
            let id = String(hashed.sha256.prefix(16))
            guard options.shard?.contains(id: id) ?? true else { continue }
            groups[id, default: []].append((file, hashed))
        }
        let onlyID = try options.only.map { try resolve($0, among: groups.keys) }
        let previousEntries = ((try? JSONFile.read([ManifestEntry].self, from: layout.manifest)) ?? []).filter { $0.status != .duplicate }
        let previous = Dictionary(previousEntries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Records damaged since the last build are removed here, so that the documents' stages write them again from the cache.
        let assembler = CorpusAssembler(layout: layout)
        var repaired: [String] = []
        for id in assembler.damagedRecords(previousEntries.filter { $0.status == .ok }.map(\.id)) {
            try? FileManager.default.removeItem(atPath: layout.record(id: id))
            repaired.append(CorpusLayout.recordFile(id: id))
        }

        var jobs: [DocumentJob] = []
        for (id, copies) in groups {
            let ordered = Self.preferred(copies)
            let (file, hashed) = ordered[0]
            let forced = onlyID == nil || onlyID == id
            let forceFrom = forced ? (options.from ?? (onlyID == nil ? nil : .extract)) : nil
            jobs.append(DocumentJob(file: file, hashed: hashed, forceFrom: forceFrom, previous: previous[id]))
            for (copy, _) in ordered.dropFirst() {
                entries.append(ManifestEntry(
                    path: copy.relativePath, id: id, sha256: hashed.sha256, status: .duplicate, duplicateOf: file.relativePath))
            }
        }
        // In id order, the order of the database and the JSON Lines, so that each record can be written as its
        // document finishes (`CorpusWriter`).
        jobs.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }

        // A fetch index that cannot be read gives no URLs; it never stops a build.
        let sourceURLs = (try? FetchIndex.read(inbox: inbox).urlsByFile) ?? [:]
        let writer = CorpusWriter(layout: layout, count: jobs.count, window: 2 * options.jobs)
        let outcomes = run(
            jobs, layout: layout, setAside: options.supervised ? SetAside.load(layout) : SetAside(), sourceURLs: sourceURLs,
            writer: writer)
        let changed = outcomes.filter(\.inputChanged).map(\.entry.path)
        if !changed.isEmpty {
            // Their remembered digests are no longer theirs: the next build hashes them anew.
            var index = HashIndex(path: layout.hashIndex)
            index.forget(Set(changed))
            try index.save()
        }
        entries += outcomes.map(\.entry)
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let damagedOutputs = assembler.damagedOutputs()
        repaired += damagedOutputs
        let assembled = try assembler.assemble(
            entries, recordsChanged: !damagedOutputs.isEmpty || outcomes.contains { $0.recordChanged }, writer: writer)
        let origin = BuildOrigin(shard: options.shard, inbox: BuildOrigin.fingerprint(files: Array(zip(listing.files, digests.map { $0?.sha256 })), skipped: listing.skipped))
        if (try? JSONFile.read(BuildOrigin.self, from: BuildOrigin.file(layout))) != origin {
            try JSONFile.write(origin, to: BuildOrigin.file(layout))
        }
        return BuildReport(
            inputs: entries.count,
            statuses: Dictionary(grouping: entries, by: \.status).mapValues(\.count),
            stagesRun: outcomes.map(\.stagesRun).reduce(0, +),
            assembled: assembled,
            repaired: repaired.sorted(),
            seconds: (clock.now - start).seconds)
    }

    /// Copies of one content, the one to read first: one whose name fits the content (a PDF saved as `.html` does
    /// not, its twin `.pdf` does), then a file rather than a link to it, then path order.
    private static func preferred(_ copies: [(InputFile, InputHasher.Hashed)]) -> [(InputFile, InputHasher.Hashed)] {
        guard copies.count > 1 else { return copies }
        let needsAll = copies.contains { $0.0.kind.isReadWhole }
        guard let data = try? copies[0].0.read(upTo: needsAll ? nil : 1024) else { return copies }
        func rank(_ file: InputFile) -> Int {
            var rank = 0
            if case .unsupported = InputContent.inspect(data, name: file.relativePath) { rank += 2 }
            if file.isLink { rank += 1 }
            return rank
        }
        return copies.map { ($0, rank($0.0)) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.0.relativePath.utf8.lexicographicallyPrecedes($1.0.0.relativePath.utf8) }
            .map(\.0)
    }

    /// Runs the documents on `options.jobs` threads, each taking the next document when done with one and giving
    /// `writer` its entry and record.
    private func run(
        _ jobs: [DocumentJob], layout: CorpusLayout, setAside: SetAside, sourceURLs: [String: String], writer: CorpusWriter
    ) -> [DocumentProcessor.Outcome] {
        let processor = DocumentProcessor(stages: stages, layout: layout, hasher: hasher, setAside: setAside, sourceURLs: sourceURLs)
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
                let (outcome, record) = processor.process(jobs[index])
                results.withLock { $0[index] = outcome }
                writer.add(index, entry: outcome.entry, record: record?.asWritten)
                progress?.finished(outcome.entry, stagesRun: outcome.stagesRun)
            }
        }
        progress?.end()
        return results.withLock { $0.compactMap { $0 } }
    }

    /// SHA-256 of every file (nil for a file that cannot be read), from the hash index when size and time are unchanged.
    private func hash(_ files: [InputFile], layout: CorpusLayout) throws -> [InputHasher.Hashed?] {
        var index = HashIndex(path: layout.hashIndex)
        let known = index
        let digests = Locked([InputHasher.Hashed?](repeating: nil, count: files.count))
        let next = Locked(0)
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, max(1, files.count))) { _ in
            while true {
                let position = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard position < files.count else { return }
                let file = files[position]
                let digest = known.digest(of: file).map { InputHasher.Hashed(sha256: $0) } ?? (try? hasher.hash(file))
                digests.withLock { $0[position] = digest }
            }
        }
        let result = digests.withLock { $0 }
        index.replace(with: zip(files, result).compactMap { file, hashed in hashed.map { (file, $0.sha256) } })
        try index.save()
        return result
    }

    /// The one id that `text` is or begins.
    private func resolve(_ text: String, among ids: Dictionary<String, [(InputFile, InputHasher.Hashed)]>.Keys) throws -> String {
        let matches = ids.filter { $0.hasPrefix(text.lowercased()) }
        guard matches.count == 1, !text.isEmpty else {
            let why = matches.isEmpty ? "no input has that id" : "\(matches.count) inputs have ids starting so"
            throw GovReportsError.invalidArgument("--only \(text): \(why)")
        }
        return matches[0]
    }
}
