import Foundation
import ReportModel

/// One document's stages in one build: each served from the cache or run, with what the manifest entry records of
/// them (cache files, fingerprints, timings). A class because the stages nest (repair's input is prepared by running
/// extract inside it) and each adds to the same entry; it lives only while `DocumentProcessor.process` runs.
final class DocumentRun {
    let processor: DocumentProcessor
    let job: DocumentJob
    /// The first stage this input's format goes through.
    let first: Stage
    var entry: ManifestEntry
    /// How many stages actually ran (0 when everything came from the cache).
    private(set) var stagesRun = 0
    /// The path the stages were given for the file, which their errors name.
    private var stagePath: String?
    /// When this document's first stage began, for the supervisor's time limit.
    private var documentStarted: Date?

    private var stages: Stages { processor.stages }
    private var cache: StageCache { StageCache(layout: processor.layout) }

    init(processor: DocumentProcessor, job: DocumentJob, first: Stage, entry: ManifestEntry) {
        self.processor = processor
        self.job = job
        self.first = first
        self.entry = entry
    }

    /// The repaired document of `content`, extracting a PDF's layout first.
    func document(_ content: InputContent) throws -> Document {
        switch content {
        case .text(let text, let format):
            let source = SourceInfo(path: job.file.relativePath, sha256: job.sha256, format: format)
            return try step(.repair, prepare: { (text, source) }, run: { try self.stages.repairText($0.0, $0.1) })
        case .wordPackage(let data):
            let source = SourceInfo(path: job.file.relativePath, sha256: job.sha256, format: .docx)
            return try step(.repair, prepare: { (data, source) }, run: { try self.stages.repairWordPackage($0.0, $0.1) })
        default:
            return try step(.repair, prepare: { try step(.extract, prepare: {}, run: { _ in try extract() }) }, run: stages.repairLayout)
        }
    }

    /// The PDF's layout, read by its path and given the digest the scan made (the file is hashed once per build): the
    /// file must still hold the bytes the id was made from afterwards.
    private func extract() throws -> LayoutDocument {
        try job.file.withStagePath { path in
            stagePath = path
            let layout = try stages.extract(path, job.sha256)
            guard try processor.hasher.stillHolds(job.file, job.hashed) else {
                throw GovReportsError.changedWhileReading(path: job.file.relativePath)
            }
            return layout
        }
    }

    /// Serves `stage` from the cache, or prepares its input (running earlier stages as needed) and runs it.
    func step<Input, Output: Codable>(_ stage: Stage, prepare: () throws -> Input, run: (Input) throws -> Output) throws -> Output {
        let key = StageCache.key(id: job.id, stage: stage, first: first, versions: stages.versions)
        let forced = job.forceFrom.map { stage >= $0 } ?? false
        if !forced {
            if let cached = cache.output(Output.self, stage: stage, key: key) {
                keep(stage, file: StageCache.outputFile(stage: stage, key: key))
                return cached
            }
            if let failure = cache.failure(stage: stage, key: key) {
                keep(stage, file: StageCache.failureFile(stage: stage, key: key))
                throw failure
            }
        }
        let input = try prepare()
        if let reason = processor.setAside.reasons[key] {
            throw StageFailure(status: .failed, error: reason, errorCode: processor.setAside.codes?[key] ?? .other, repeatable: false)
        }
        stagesRun += 1
        let started = documentStarted ?? Date()
        documentStarted = started
        let marker = InFlightMarker(path: job.file.relativePath, stage: stage, key: key, started: started.timeIntervalSince1970)
        do {
            try marker.write(processor.layout)
        } catch {
            throw corpusWriteFailure(error, what: "the note that its \(stage.rawValue) stage runs", file: marker.relativeFile)
        }
        defer { marker.remove(processor.layout) }
        let output = try timed(stage) { try run(input) }
        do {
            try cache.store(output, stage: stage, key: key)
        } catch {
            throw corpusWriteFailure(error, what: "its \(stage.rawValue) output", file: StageCache.outputFile(stage: stage, key: key))
        }
        note(stage, file: StageCache.outputFile(stage: stage, key: key))
        return output
    }

    /// Runs `stage`'s work, timing it; a failure is the document's, cached when running again would fail the same way.
    private func timed<Output>(_ stage: Stage, _ work: () throws -> Output) throws -> Output {
        let clock = ContinuousClock()
        let start = clock.now
        defer { entry.timings[stage.rawValue] = Self.milliseconds(clock.now - start) }
        do {
            return try work()
        } catch {
            if case .changedWhileReading? = error as? GovReportsError { throw error }
            var failure = StageFailure(stageError: error)
            // Stages name the file by the path they were given; the corpus by the path within the inbox.
            if let path = stagePath { failure.error = failure.error.replacingOccurrences(of: path, with: job.file.relativePath) }
            let key = StageCache.key(id: job.id, stage: stage, first: first, versions: stages.versions)
            if failure.repeatable, (try? cache.store(failure, stage: stage, key: key)) != nil {
                note(stage, file: StageCache.failureFile(stage: stage, key: key))
            }
            throw failure
        }
    }

    /// A failure to write into the corpus, named by the input it was for.
    func corpusWriteFailure(_ error: Error, what: String, file: String) -> StageFailure {
        let reason: String
        if case .writeFailed(_, let why)? = error as? GovReportsError { reason = why } else { reason = String(describing: error) }
        let message = GovReportsError.corpusWriteFailed(path: job.file.relativePath, what: what, file: file, reason: reason)
        return StageFailure(status: .failed, error: message.description, errorCode: .writeFailed, repeatable: false)
    }

    /// Lists the stage's cache file, and the fingerprint of the code that made it, in the manifest.
    private func note(_ stage: Stage, file: String) {
        entry.cache[stage.rawValue] = file
        entry.fingerprints = (entry.fingerprints ?? [:]).merging([stage.rawValue: stages.versions[stage]]) { $1 }
    }

    /// Notes a cache hit, keeping the timing the previous build measured for that very file.
    private func keep(_ stage: Stage, file: String) {
        note(stage, file: file)
        if let previous = job.previous, previous.cache[stage.rawValue] == file, let time = previous.timings[stage.rawValue] {
            entry.timings[stage.rawValue] = time
        }
    }

    /// Lists the cached files of the stages before the first one this build touched, which a cache hit skipped.
    func noteSkippedStages() {
        guard let earliest = Stage.allCases.first(where: { entry.cache[$0.rawValue] != nil }) else { return }
        for stage in Stage.allCases where stage >= first && stage < earliest {
            let key = StageCache.key(id: job.id, stage: stage, first: first, versions: stages.versions)
            for file in [StageCache.outputFile(stage: stage, key: key), StageCache.failureFile(stage: stage, key: key)]
            where FileManager.default.fileExists(atPath: processor.layout.path(file)) {
                keep(stage, file: file)
                break
            }
        }
    }

    /// Seconds rounded to milliseconds, as the manifest shows them.
    static func milliseconds(_ duration: Duration) -> Double {
        (duration.seconds * 1000).rounded() / 1000
    }
}
