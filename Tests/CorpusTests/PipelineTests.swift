import Corpus
import Testing

/// A build runs `--jobs` documents at once; each recognises its scanned pages with its share of the cores, so the
/// Tesseract engines of a whole build never outnumber the cores.
struct PipelineTests {
    @Test func ocrWorkersShareTheCoresBetweenJobs() {
        #expect(Pipeline.Options.ocrWorkers(jobs: 1, cores: 8) == 8)
        #expect(Pipeline.Options.ocrWorkers(jobs: 2, cores: 8) == 4)
        #expect(Pipeline.Options.ocrWorkers(jobs: 3, cores: 8) == 2)
        #expect(Pipeline.Options.ocrWorkers(jobs: 2, cores: 2) == 1)
        // More jobs than cores: one engine each, the least a document can have.
        #expect(Pipeline.Options.ocrWorkers(jobs: 4, cores: 2) == 1)
        for jobs in 1...8 { #expect(jobs * Pipeline.Options.ocrWorkers(jobs: jobs, cores: 8) <= 8) }
    }

    @Test func theExtractionOptionsCarryTheWorkers() {
        #expect(Pipeline.Options(ocrWorkers: 3).extraction.ocr?.workers == 3)
        #expect(Pipeline.Options(ocrWorkers: 0).extraction.ocr?.workers == 1)
        // Unless given, the count is left to the recogniser, which counts the cores only for a document with scans.
        let ocr = Pipeline.Options().extraction.ocr
        #expect(ocr != nil && ocr?.workers == nil)
    }
}
