import ArgumentParser
import CommandSupport
import Corpus

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Status of one document of a corpus and where its cached stage outputs and record are.")

    @Argument(help: "The document's id (or a unique prefix), as in manifest.json.") var id: String
    @Option(name: .long, help: "Corpus folder.") var corpus: String = "."

    func run() throws {
        try runReportingErrors {
            print(try DocumentDescription(id: id, corpus: corpus))
        }
    }
}
