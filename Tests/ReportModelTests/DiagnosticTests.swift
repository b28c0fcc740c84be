import Foundation
import ReportModel
import TestSupport
import Testing

/// Codes are an enum whose raw values are the record's contract, each with one severity.
@Suite struct DiagnosticTests {
    @Test func codesAreStageDotCamelCase() {
        let malformed = Diagnostic.Code.allCases.map(\.rawValue).filter {
            $0.wholeMatch(of: /(extract|ocr|repair|parse)\.[a-z][A-Za-z]+/) == nil
        }
        #expect(malformed == [])
        #expect("\(Diagnostic.Code.repairRowJoined)" == "repair.rowJoined")
    }

    @Test func aRecordHoldsTheRawCodeAndTheCodesSeverity() throws {
        let diagnostic = Diagnostic(code: .repairRowJoined, message: "joined", page: 2)
        let json = String(decoding: try JSONEncoder().encode(diagnostic), as: UTF8.self)
        #expect(json.contains("\"code\":\"repair.rowJoined\""))
        #expect(json.contains("\"severity\":\"note\""))
        #expect(!json.contains("context"))
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(json.utf8)) == diagnostic)
    }

    /// `box` is an added key: written only when there is one, and read back.
    @Test func aBoxIsWrittenOnlyWhenThereIsOne() throws {
        let boxed = Diagnostic(code: .parseEmptyCell, message: "empty", page: 3, box: Box(x0: 50, y0: 100, x1: 90, y1: 112), context: "p")
        let json = String(decoding: try JSONEncoder().encode(boxed), as: UTF8.self)
        #expect(json.contains("\"box\":[50,100,90,112]"))
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(json.utf8)) == boxed)
        let plain = String(decoding: try JSONEncoder().encode(Diagnostic(code: .parseEmptyCell, message: "empty")), as: UTF8.self)
        #expect(!plain.contains("box"))
    }

    /// The code fixes the severity: a written one that disagrees is not read back, an unknown code is an error.
    @Test func decodingTakesTheSeverityFromTheCode() throws {
        let written = #"{"severity":"warning","code":"repair.runningTextDropped","message":"m"}"#
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(written.utf8)).severity == .note)
        let unknown = #"{"severity":"warning","code":"table.columnAmbiguous","message":"m"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Diagnostic.self, from: Data(unknown.utf8)) }
    }

    @Test func severitiesAreFixedByCode() {
        #expect(Diagnostic.Code.parseNotANumber.severity == .warning)
        #expect(Diagnostic.Code.ocrLowConfidence.severity == .warning)
        #expect(Diagnostic.Code.repairRunningLineRemoved.severity == .note)
        #expect(Diagnostic.Code.repairMarkupUnavailable.severity == .error)
    }

    @Test func notesAreCountedApartFromWarnings() {
        let diagnostics = [
            Diagnostic(code: .repairHeaderRepeated, message: "n"), Diagnostic(code: .parseNoValue, message: "w"),
            Diagnostic(code: .repairMarkupUnavailable, message: "e"),
        ]
        #expect(diagnostics.warningCount == 2)
    }

    /// The README names codes as examples; each must be one the pipeline can write.
    @Test func everyCodeTheReadmeNamesExists() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let named = readme.matches(of: /`((?:extract|ocr|repair|parse|table)\.[A-Za-z]+)`/).map { String($0.1) }
        #expect(!named.isEmpty)
        #expect(named.filter { Diagnostic.Code(rawValue: $0) == nil } == [])
    }
}
