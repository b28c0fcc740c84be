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

    /// The document's outcome, and its record when its stages gave one (nil when nothing about it changed: then not
    /// even its cache was read).
    func process(_ job: DocumentJob) -> (Outcome, ReportRecord?) {
        if let unchanged = unchangedEntry(job) {
            return (Outcome(entry: unchanged, stagesRun: 0, recordChanged: false), nil)
        }
        switch start(job) {
        case .finished(let outcome): return (outcome, nil)
        case .ready(let content, let run): return record(of: content, run)
        }
    }

    /// Where a document's build stands once its content is judged.
    private enum Start {
        /// Nothing to run: the input is unreadable, unsupported or changed.
        case finished(Outcome)
        /// Its stages are to run, from the first its format goes through.
        case ready(InputContent, DocumentRun)
    }

    /// Reads what is needed to judge the input's content, and which stage it starts at.
    private func start(_ job: DocumentJob) -> Start {
        var entry = ManifestEntry(path: job.file.relativePath, id: job.id, sha256: job.sha256, status: .failed)
        let content: InputContent
        do {
            // A text is read whole here and these bytes go to the stages: they must be the ones the id was made from.
            guard let head = try head(of: job) else { return .finished(changed(entry, stagesRun: 0)) }
            content = InputContent.inspect(head, name: job.file.relativePath)
        } catch {
            let known = error as? GovReportsError
                ?? GovReportsError.unreadable(path: job.file.relativePath, reason: error.localizedDescription)
            entry.error = known.description
            entry.errorCode = ErrorCode(known)
            return .finished(Outcome(entry: entry, stagesRun: 0, recordChanged: false))
        }
        let first: Stage
        switch content {
        case .unsupported(let reason):
            entry.status = .unsupported
            entry.error = GovReportsError.unsupportedInput(path: job.file.relativePath, reason: reason).description
            entry.errorCode = job.file.kind == .pdf ? .notPDF : .unsupported
            return .finished(Outcome(entry: entry, stagesRun: 0, recordChanged: false))
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
        return .ready(content, DocumentRun(processor: self, job: job, first: first, entry: entry))
    }

    /// Runs (or serves from the cache) the stages up to the record, writes it, and says how it went.
    private func record(of content: InputContent, _ run: DocumentRun) -> (Outcome, ReportRecord?) {
        let job = run.job
        var recordChanged = false
        var written: ReportRecord?
        do {
            var record = try run.step(.parse, prepare: { try run.document(content) }, run: stages.report(from:))
            // The corpus names sources by what it hashed and where they sit in the inbox, wherever the inbox is mounted.
            record.id = job.id
            record.source.path = job.file.relativePath
            record.source.url = sourceURLs[job.file.relativePath]
            run.entry.status = .ok
            run.entry.pages = record.source.pages
            run.entry.warnings = record.warnings.warningCount
            do {
                recordChanged = try writeRecord(record)
                written = record
            } catch {
                throw run.corpusWriteFailure(error, what: "its record", file: CorpusLayout.recordFile(id: job.id))
            }
        } catch let failure as StageFailure {
            run.entry.status = failure.status
            run.entry.error = failure.error
            run.entry.errorCode = failure.errorCode
        } catch GovReportsError.changedWhileReading {
            return (changed(run.entry, stagesRun: run.stagesRun), nil)
        } catch {
            run.entry.status = .failed
            run.entry.error = String(describing: error)
            run.entry.errorCode = .other
        }
        run.noteSkippedStages()
        return (Outcome(entry: run.entry, stagesRun: run.stagesRun, recordChanged: recordChanged), written)
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
}
