import Foundation
import ReportModel

/// Where Tesseract's trained models are, checked before any worker starts so a missing model is one clear error.
struct TesseractData: Sendable {
    let directory: String

    /// - Throws: `GovReportsError.ocrUnavailable` naming the missing model and the places searched.
    static func locate(languages: [String], explicit: String?) throws -> TesseractData {
        var candidates: [String] = []
        if let explicit {
            candidates = [explicit]
        } else if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
            // Set on purpose, so the only place looked at, as Tesseract itself does. Tesseract 4+ means the tessdata
            // folder itself; older setups pointed at its parent.
            candidates = [prefix, (prefix as NSString).appendingPathComponent("tessdata")]
        } else {
            candidates = [
                "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata",
                "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata",
            ]
        }
        let has = { (dir: String, lang: String) in
            FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("\(lang).traineddata"))
        }
        if let found = candidates.first(where: { dir in languages.allSatisfy { has(dir, $0) } }) {
            return TesseractData(directory: found)
        }
        let best = candidates.first { dir in languages.contains { has(dir, $0) } } ?? candidates[0]
        let missing = languages.filter { !has(best, $0) }
        let files = missing.map { "\($0).traineddata" }.joined(separator: ", ")
        let package = "tesseract-ocr-" + missing[0].replacingOccurrences(of: "_", with: "-")
        throw GovReportsError.ocrUnavailable(
            reason: "no \(files) in \(candidates.joined(separator: ", ")) (install \(package) or set TESSDATA_PREFIX)")
    }
}
