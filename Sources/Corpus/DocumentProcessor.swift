import Foundation
import ReportModel

/// Runs the stages for one document, each only when its output for this input and stage version is not cached,
/// and writes the record. Never throws: whatever goes wrong becomes the document's status and error.
struct DocumentProcessor: Sendable {
    struct Outcome: Sendable {
        var entry: ManifestEntry
        /// How many stages actually ran (0 when everything came from the cache).
        var stagesRun: Int
        /// Whether `records/ID.json` was written or changed.
        var recordChanged: Bool
        /// Whether the input's bytes were not those hashed by the scan (nothing was cached for it then).
        var inputChanged = false
    }

    let stages: Stages
    let layout: CorpusLayout
    var hasher = InputHasher()
    /// Documents the supervisor took out of this build; their stages are not run.
    var setAside = SetAside()
    /// Inbox path → the URL `govreports fetch` got it from, for the record's `source.url`.
    var sourceURLs: [String: String] = [:]

    private var cache: StageCache { StageCache(layout: layout) }

    func process(_ job: DocumentJob) -> Outcome {
        if let unchanged = unchangedEntry(job) {
            return Outcome(entry: unchanged, stagesRun: 0, recordChanged: false)
        }
        var entry = ManifestEntry(path: job.file.relativePath, id: job.id, sha256: job.sha256, status: .failed)
        var stagesRun = 0
        let content: InputContent
        do {
            // A text is read whole here and these bytes go to the stages: they must be the ones the id was made from.
            guard let head = try head(of: job) else { return changed(entry, stagesRun: 0) }
            content = InputContent.inspect(head, name: job.file.relativePath)
        } catch {
            let known = error as? GovReportsError
                ?? GovReportsError.unreadable(path: job.file.relativePath, reason: error.localizedDescription)
            entry.error = known.description
            entry.errorCode = ErrorCode(known)
            return Outcome(entry: entry, stagesRun: 0, recordChanged: false)
        }
        let first: Stage
        switch content {
        case .unsupported(let reason):
            entry.status = .unsupported
            entry.error = GovReportsError.unsupportedInput(path: job.file.relativePath, reason: reason).description
            entry.errorCode = job.file.kind == .pdf ? .notPDF : .unsupported
            return Outcome(entry: entry, stagesRun: 0, recordChanged: false)
        case .pdf:
            first = .extract
            entry.format = .pdf
        case .text(_, let format):
            first = .repair
            entry.format = format
        case .wordPackage:
            first = .repair
            entry.format = .docx
        }

        /// The path the stages were given for the file, which their errors name.
        var stagePath = job.file.path
        /// When this document's first stage began, for the supervisor's time limit.
        var documentStarted: Date?

        /// A failure to write into the corpus, named by the input it was for.
        func corpusWriteFailure(_ error: Error, what: String, file: String) -> StageFailure {
            let reason: String
            if case .writeFailed(_, let why)? = error as? GovReportsError { reason = why } else { reason = String(describing: error) }
            let message = GovReportsError.corpusWriteFailed(path: job.file.relativePath, what: what, file: file, reason: reason)
            return StageFailure(status: .failed, error: message.description, errorCode: .writeFailed, repeatable: false)
        }

        /// Lists the stage's cache file, and the fingerprint of the code that made it, in the manifest.
        func note(_ stage: Stage, file: String) {
            entry.cache[stage.rawValue] = file
            entry.fingerprints = (entry.fingerprints ?? [:]).merging([stage.rawValue: stages.versions[stage]]) { $1 }
        }

        /// Serves `stage` from the cache, or prepares its input (running earlier stages as needed) and runs it.
        func step<Input, Output: Codable>(
            _ stage: Stage, prepare: () throws -> Input, run: (Input) throws -> Output
        ) throws -> Output {
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
            if let reason = setAside.reasons[key] {
                throw StageFailure(status: .failed, error: reason, errorCode: setAside.codes?[key] ?? .other, repeatable: false)
            }
            stagesRun += 1
            let started = documentStarted ?? Date()
            documentStarted = started
            let marker = InFlightMarker(path: job.file.relativePath, stage: stage, key: key, started: started.timeIntervalSince1970)
            do {
                try marker.write(layout)
            } catch {
                throw corpusWriteFailure(error, what: "the note that its \(stage.rawValue) stage runs", file: marker.relativeFile)
            }
            defer { marker.remove(layout) }
            let clock = ContinuousClock()
            let start = clock.now
            let output: Output
            do {
                output = try run(input)
            } catch {
                entry.timings[stage.rawValue] = milliseconds(clock.now - start)
                if case .changedWhileReading? = error as? GovReportsError { throw error }
                var failure = StageFailure(stageError: error)
                // Stages name the file by the path they were given; the corpus by the path within the inbox.
                if let path = stagePath { failure.error = failure.error.replacingOccurrences(of: path, with: job.file.relativePath) }
                if failure.repeatable, (try? cache.store(failure, stage: stage, key: key)) != nil {
                    note(stage, file: StageCache.failureFile(stage: stage, key: key))
                }
                throw failure
            }
            entry.timings[stage.rawValue] = milliseconds(clock.now - start)
            do {
                try cache.store(output, stage: stage, key: key)
            } catch {
                throw corpusWriteFailure(error, what: "its \(stage.rawValue) output", file: StageCache.outputFile(stage: stage, key: key))
            }
            note(stage, file: StageCache.outputFile(stage: stage, key: key))
            return output
        }

        /// Notes a cache hit, keeping the timing the previous build measured for that very file.
        func keep(_ stage: Stage, file: String) {
            note(stage, file: file)
            if let previous = job.previous, previous.cache[stage.rawValue] == file, let time = previous.timings[stage.rawValue] {
                entry.timings[stage.rawValue] = time
            }
        }

        func document() throws -> Document {
            switch content {
            case .text(let text, let format):
                let source = SourceInfo(path: job.file.relativePath, sha256: job.sha256, format: format)
                return try step(.repair, prepare: { (text, source) }, run: { try stages.repairText($0.0, $0.1) })
            case .wordPackage(let data):
                let source = SourceInfo(path: job.file.relativePath, sha256: job.sha256, format: .docx)
                return try step(.repair, prepare: { (data, source) }, run: { try stages.repairWordPackage($0.0, $0.1) })
            default:
                return try step(
                    .repair,
                    prepare: {
                        try step(.extract, prepare: {}, run: { _ in
                            try job.file.withStagePath { path in
                                stagePath = path
                                let layout = try stages.extract(path)
                                // The stage read the file by its path: it must still hold the bytes the id was made from.
                                guard try hasher.stillHolds(job.file, job.hashed) else {
                                    throw GovReportsError.changedWhileReading(path: job.file.relativePath)
                                }
                                return layout
                            }
                        })
                    },
                    run: stages.repairLayout)
            }
        }

        /// Lists the cached files of the stages before the first one this build touched, which a cache hit skipped.
        func noteSkippedStages() {
            guard let earliest = Stage.allCases.first(where: { entry.cache[$0.rawValue] != nil }) else { return }
            for stage in Stage.allCases where stage >= first && stage < earliest {
                let key = StageCache.key(id: job.id, stage: stage, first: first, versions: stages.versions)
                for file in [StageCache.outputFile(stage: stage, key: key), StageCache.failureFile(stage: stage, key: key)]
                where FileManager.default.fileExists(atPath: layout.path(file)) {
                    keep(stage, file: file)
                    break
                }
            }
        }
        var recordChanged = false
        do {
            var record = try step(.parse, prepare: document, run: stages.report(from:))
            // The corpus names sources by what it hashed and where they sit in the inbox, wherever the inbox is mounted.
            record.id = job.id
            record.source.path = job.file.relativePath
            record.source.url = sourceURLs[job.file.relativePath]
            entry.status = .ok
            entry.pages = record.source.pages
            entry.warnings = record.warnings.warningCount
            do {
                recordChanged = try writeRecord(record)
            } catch {
                throw corpusWriteFailure(error, what: "its record", file: CorpusLayout.recordFile(id: job.id))
            }
        } catch let failure as StageFailure {
            entry.status = failure.status
            entry.error = failure.error
            entry.errorCode = failure.errorCode
        } catch GovReportsError.changedWhileReading {
            return changed(entry, stagesRun: stagesRun)
        } catch {
            entry.status = .failed
            entry.error = String(describing: error)
            entry.errorCode = .other
        }
        noteSkippedStages()
        return Outcome(entry: entry, stagesRun: stagesRun, recordChanged: recordChanged)
    }

    /// The previous build's entry when nothing about the document changed: same bytes at the same path, no rerun
    /// asked, and every cache file it lists still there under the current stage versions. Then not even the cache is
    /// read, which keeps an unchanged rerun to a few file-system lookups per document.
    private func unchangedEntry(_ job: DocumentJob) -> ManifestEntry? {
        guard job.forceFrom == nil, let previous = job.previous, previous.path == job.file.relativePath,
            previous.sha256 == job.sha256,
            // An entry of a build before error codes is made again, to gain one.
            previous.status == .ok || previous.errorCode != nil
        else { return nil }
        if previous.cache.isEmpty { return previous.status == .unsupported ? previous : nil }
        let reached = Stage.allCases.filter { previous.cache[$0.rawValue] != nil }
        guard let format = previous.format, let last = reached.last else { return nil }
        if previous.status == .ok, last != .parse || !FileManager.default.fileExists(atPath: layout.record(id: job.id)) {
            return nil
        }
        let first: Stage = format == .pdf ? .extract : .repair
        for stage in reached {
            let key = StageCache.key(id: job.id, stage: stage, first: first, versions: stages.versions)
            // Every stage but a failing last one left an output.
            let expected = stage == last && previous.status != .ok
                ? StageCache.failureFile(stage: stage, key: key) : StageCache.outputFile(stage: stage, key: key)
            guard previous.cache[stage.rawValue] == expected, FileManager.default.fileExists(atPath: layout.path(expected)) else {
                return nil
            }
        }
        return previous
    }

    /// The bytes needed to judge the content: the first KiB of a PDF, all of a text or HTML file, none of others;
    /// nil when a file read whole no longer holds the bytes the id was made from.
    private func head(of job: DocumentJob) throws -> Data? {
        switch job.file.kind {
        case .other: return Data()
        case .pdf: return try job.file.read(upTo: InputKind.pdfHeaderWindow)
        case .text, .html, .markdown, .docx:
            let read = try job.file.readStamped()
            return hasher.holds(read, job.hashed) ? read.data : nil
        }
    }

    /// The outcome for an input whose bytes are not those the scan hashed: failed, nothing cached, read anew next time.
    private func changed(_ entry: ManifestEntry, stagesRun: Int) -> Outcome {
        var entry = entry
        entry.status = .failed
        entry.error = GovReportsError.changedWhileReading(path: entry.path).description
        entry.errorCode = .changedWhileReading
        entry.cache = [:]
        entry.fingerprints = nil
        entry.timings = [:]
        return Outcome(entry: entry, stagesRun: stagesRun, recordChanged: false, inputChanged: true)
    }

    /// Writes `records/ID.json` unless it already holds these bytes; returns whether it changed.
    private func writeRecord(_ record: ReportRecord) throws -> Bool {
        var data = try JSONFile.encode(record)
        data.append(0x0A)
        let path = layout.record(id: record.id)
        if FileManager.default.contents(atPath: path) == data { return false }
        try JSONFile.writeAtomically(data, to: path)
        return true
    }

    /// Seconds rounded to milliseconds, as the manifest shows them.
    private func milliseconds(_ duration: Duration) -> Double {
        (duration.seconds * 1000).rounded() / 1000
    }
}
