import Dispatch
import Foundation
import ReportModel
import Synchronization

/// Replaces every `needsOCR` page of an extracted PDF by its OCR reading; text pages are never touched.
///
/// Output pages use the same layout JSON as text pages (words with `origin: ocr` and a confidence, rulings in points),
/// so later stages need not know how a page was read. Pages are recognised in parallel, one worker per core,
/// each with its own Tesseract engines and Tesseract's own threading off (it would only fight the workers for cores).
public struct OCRRecognizer: Sendable {
    var options: OCROptions

    init(options: OCROptions = OCROptions()) {
        self.options = options
    }

    /// Turns Tesseract's OpenMP threading off, once per process and before any engine exists (a lazy static runs once,
    /// thread-safely): our workers already use every core, and setenv racing another thread's getenv is undefined.
    private static let tesseractThreadingOff: Void = { setenv("OMP_THREAD_LIMIT", "1", 1) }()

    /// The models a run needs: Chinese text, digits, vertical Chinese labels.
    static let languages = ["chi_sim", "eng", "chi_sim_vert"]

    /// Indices of the pages that will be recognised: exactly those classified `needsOCR`.
    func pagesToRecognize(in document: LayoutDocument) -> [Int] {
        document.pages.indices.filter { document.pages[$0].kind == .needsOCR }
    }

    /// The document with its `needsOCR` pages recognised (kind `.ocr`, page origin `.ocr`) and OCR diagnostics appended.
    /// A document without such pages is returned unchanged, without opening the PDF or loading Tesseract.
    ///
    /// - Parameters:
    ///   - path: the PDF the document was extracted from; its pages are rendered again at `options.dpi`.
    /// - Throws: `GovReportsError.ocrUnavailable` when a model is missing, `corruptPDF` when a page cannot be rendered.
    func recognize(_ document: LayoutDocument, path: String, password: String? = nil) throws -> LayoutDocument {
        let targets = pagesToRecognize(in: document)
        guard !targets.isEmpty else { return document }
        let tessdata = try TesseractData.locate(languages: Self.languages, explicit: options.tessdata)
        _ = Self.tesseractThreadingOff

        let pages = targets.map { document.pages[$0] }
        let results = recognizeInParallel(pages, path: path, password: password, tessdata: tessdata)

        var output = document
        if output.source.pageOrigins.count != output.pages.count {
            output.source.pageOrigins = output.pages.map { $0.kind == .text ? .text : .empty }
        }
        for (index, result) in zip(targets, results) {
            let outcome = try result.get()
            output.pages[index] = outcome.page
            output.source.pageOrigins[index] = .ocr
            output.diagnostics += outcome.diagnostics
        }
        return output
    }

    private func recognizeInParallel(_ pages: [Page], path: String, password: String?, tessdata: TesseractData)
        -> [Result<OCRPageRecognizer.Result, GovReportsError>]
    {
        let next = Mutex(0)
        let results = Mutex([Result<OCRPageRecognizer.Result, GovReportsError>?](repeating: nil, count: pages.count))
        let workers = max(1, min(options.workers ?? ProcessInfo.processInfo.activeProcessorCount, pages.count))
        let options = options
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let recognizer = OCRPageRecognizer(options: options, tessdata: tessdata)
            // Takes the pages not yet taken by any worker, one at a time, and stores what `read` makes of each.
            func each(_ read: (Page) -> Result<OCRPageRecognizer.Result, GovReportsError>) {
                while true {
                    let i = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard i < pages.count else { return }
                    let result = read(pages[i])
                    results.withLock { $0[i] = result }
                }
            }
            do {
                // Each worker opens the document once and renders its pages from it.
                try PageRenderer(dpi: options.dpi, password: password).withDocument(ofPDFAt: path) { document in
                    each { page in
                        do {
                            return .success(try recognizer.recognize(page, in: document))
                        } catch let error as GovReportsError {
                            return .failure(error)
                        } catch {
                            return .failure(.ocrUnavailable(reason: "page \(page.number): \(error)"))
                        }
                    }
                }
            } catch {
                let failure = (error as? GovReportsError) ?? .ocrUnavailable(reason: "\(error)")
                each { _ in .failure(failure) }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
