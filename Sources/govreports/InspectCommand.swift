import ArgumentParser
import CommandSupport
import Corpus
import ReportModel

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "An HTML page of one report: its tables with the format's labels, each number linked to its box on the page image.",
        discussion: "Writes DIR/ID.html and the page images DIR/ID/page-N.png (rendered once, cached in CORPUS/cache/pages).")

    @Argument(help: "The report's id (or a unique prefix), as in manifest.json.") var id: String
    @Option(name: .long, help: "Corpus folder.") var corpus: String = "."
    @Option(name: .long, help: "The inbox the corpus was built from, to render the PDF's pages (without it, no page images).")
    var inbox: String?
    @Option(name: .shortAndLong, help: "Output folder (created if needed); default CORPUS/inspect.") var output: String?
    @Option(help: "Resolution of the page images.") var dpi: Double = 100

    func run() throws {
        try runReportingErrors {
            guard dpi >= 36, dpi <= 300 else { throw GovReportsError.invalidArgument("--dpi \(dpi): must be from 36 to 300") }
            let folder = output ?? CorpusLayout(root: corpus).path("inspect")
            print(try ReportInspector(corpus: corpus, inbox: inbox, dpi: dpi).write(id: id, to: folder))
        }
    }
}
