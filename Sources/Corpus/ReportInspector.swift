import Extraction
import Foundation
import ReportModel

/// `govreports inspect`: writes `DIR/ID.html` for one report of a corpus, with its page images beside it in
/// `DIR/ID/page-N.png`. Pages are rendered once, at a modest resolution, into the corpus's cache
/// (`cache/pages/ID-Ddpi/`) and copied from there; rendering goes through `Extraction`, the one module that
/// sees Poppler. The PDF is found in the inbox the corpus was built from (`--inbox`), and used only when its bytes
/// are those the record was made from.
public struct ReportInspector: Sendable {
    let corpus: String
    let inbox: String?
    public var dpi: Double

    public init(corpus: String, inbox: String?, dpi: Double = 100) {
        self.corpus = corpus
        self.inbox = inbox
        self.dpi = dpi
    }

    /// Writes the page of the report whose id is or begins with `id`; returns the HTML file's path.
    @discardableResult
    public func write(id: String, to folder: String) throws -> String {
        let entry = try DocumentDescription(id: id, corpus: corpus).entry
        guard entry.status == .ok else {
            throw GovReportsError.invalidArgument("\(entry.id): \(entry.path) is \(entry.status.rawValue), not a report: no record to show")
        }
        let layout = CorpusLayout(root: corpus)
        let record = try JSONFile.read(ReportRecord.self, from: layout.record(id: entry.id))
        var pages: [Int: InspectPage.PageImage] = [:]
        var missing: String?
        if record.source.format != .pdf {
            missing = "A \(record.source.format.rawValue) input has no pages to show."
        } else if let inbox {
            pages = try pageImages(of: entry, pdf: URL(fileURLWithPath: inbox).appendingPathComponent(entry.path).path, layout: layout, folder: folder)
        } else {
            missing = "No page images: give --inbox, the folder the corpus was built from, to see each number where it was printed."
        }
        let html = InspectPage(record: record, inputPath: entry.path, pages: pages, imagesMissing: missing).html()
        let output = URL(fileURLWithPath: folder).appendingPathComponent("\(entry.id).html").path
        try JSONFile.writeAtomically(Data(html.utf8), to: output)
        return output
    }

    /// The page images of the PDF, rendered into the cache unless there already, and copied beside the HTML.
    private func pageImages(of entry: ManifestEntry, pdf: String, layout: CorpusLayout, folder: String) throws -> [Int: InspectPage.PageImage] {
        guard let pageCount = entry.pages, pageCount > 0 else { return [:] }
        let cache = layout.path("cache/pages/\(entry.id)-\(Int(dpi))dpi")
        let names = (1...pageCount).map { "page-\($0).png" }
        if !names.allSatisfy({ FileManager.default.fileExists(atPath: cache + "/" + $0) }) {
            guard let data = FileManager.default.contents(atPath: pdf) else { throw GovReportsError.fileNotFound(path: pdf) }
            guard SHA256.hex(of: data) == entry.sha256 else {
                throw GovReportsError.invalidArgument("\(pdf): not the file the corpus was built from (its bytes differ)")
            }
            // Rendered into a folder of its own and renamed into place, so the cache never holds half a set.
            let temporary = layout.path("cache/pages/.\(entry.id).\(UUID().uuidString).tmp")
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            let overlays = (1...pageCount).map { PageOverlay(page: $0, shapes: []) }
            _ = try OverlayRenderer(dpi: dpi).render(pdf: pdf, overlays: overlays, into: temporary)
            try? FileManager.default.removeItem(atPath: cache)
            guard rename(temporary, cache) == 0 else {
                throw GovReportsError.writeFailed(path: cache, reason: String(cString: strerror(errno)))
            }
        }
        var images: [Int: InspectPage.PageImage] = [:]
        for (index, name) in names.enumerated() {
            let source = cache + "/" + name
            guard let data = FileManager.default.contents(atPath: source), let size = Self.pngSize(data) else {
                throw GovReportsError.unreadable(path: source, reason: "not a PNG image")
            }
            let target = URL(fileURLWithPath: folder).appendingPathComponent("\(entry.id)/\(name)").path
            if FileManager.default.contents(atPath: target) != data { try JSONFile.writeAtomically(data, to: target) }
            images[index + 1] = InspectPage.PageImage(
                file: "\(entry.id)/\(name)", width: Double(size.width) * 72 / dpi, height: Double(size.height) * 72 / dpi)
        }
        return images
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func integer(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (integer(16), integer(20))
    }
}
