import Foundation
import ReportModel
import Synchronization
import Testing
import TestSupport

/// Runs `scripts/pdfplumber-edges` with a python that has pdfplumber: `GOVREPORTS_PDFPLUMBER_PYTHON`, else the
/// venv `out/venv-pdfplumber` that `scripts/test` makes; nil when neither is there.
enum PdfplumberEdges {
    static let python: String? = {
        if let given = ProcessInfo.processInfo.environment["GOVREPORTS_PDFPLUMBER_PYTHON"], !given.isEmpty { return given }
        // `scripts/pdfplumber-edges` leaves the marker only once pdfplumber is installed: a venv whose install
        // failed (no network) is no reference to compare with.
        let venv = Fixtures.packageRoot.appendingPathComponent("out/venv-pdfplumber")
        let ready = FileManager.default.fileExists(atPath: venv.appendingPathComponent("pdfplumber-installed").path)
        let python = venv.appendingPathComponent("bin/python").path
        return ready && FileManager.default.isExecutableFile(atPath: python) ? python : nil
    }()

    struct Edge: Decodable, Sendable {
        var orientation: Ruling.Orientation
        var position: Double
        var start: Double
        var end: Double
        var width: Double
        var visible: Bool
    }

    /// Edges by PDF path, then page number.
    typealias Edges = [String: [Int: [Edge]]]

    private struct Output: Decodable {
        struct File: Decodable {
            var path: String
            var pages: [PageEdges]
        }
        struct PageEdges: Decodable {
            var number: Int
            var edges: [Edge]
        }
        var files: [File]
    }

    /// All of `pdfs` in one run of the script (python and pdfplumber start slowly), kept for the process.
    static func reference(of pdfs: [String]) -> Result<Edges, any Error> {
        cache.withLock { cached in
            if let cached, cached.pdfs == pdfs { return cached.result }
            let result = Result { try run(pdfs) }
            cached = (pdfs, result)
            return result
        }
    }

    private static let cache = Mutex<(pdfs: [String], result: Result<Edges, any Error>)?>(nil)

    private static func run(_ pdfs: [String]) throws -> Edges {
        let python = try #require(python)
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/pdfplumber-edges").path
        let run = try CommandRun(python, [script] + pdfs)
        try #require(run.status == 0, "scripts/pdfplumber-edges failed: \(run.error)")
        let output = try JSONDecoder().decode(Output.self, from: run.output)
        var edges: Edges = [:]
        for file in output.files {
            var pages: [Int: [Edge]] = [:]
            for page in file.pages { pages[page.number] = page.edges }
            edges[file.path] = pages
        }
        return edges
    }
}
