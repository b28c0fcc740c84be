import Foundation
import Repair
import ReportModel
import ReportParser
import Scoring
import TestSupport
import Testing

/// A seed saved as UTF-32 or UTF-16 (without a byte-order mark) or pasted into an HTML `<pre>` gives the
/// record its plain text gives, scored against its truth: never an empty record.
struct EncodedSeedTests {
    enum Form: CaseIterable, Sendable {
        case utf32LittleEndian, utf16BigEndian, htmlPre

        func bytes(of text: String) -> Data {
            switch self {
            case .utf32LittleEndian:
                return Data(text.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * UInt32($0))) } })
            case .utf16BigEndian:
                return Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            case .htmlPre:
                let body = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                return Data("<html><body><pre>\(body)</pre></body></html>".utf8)
            }
        }

        var name: String { self == .htmlPre ? "report.html" : "report.txt" }
    }

    @Test(.enabled(if: Fixtures.shared != nil, "../shared is absent"), arguments: Form.allCases)
    func aSeedInAnotherFormGivesItsRecord(_ form: Form) throws {
        let seed = try #require(Fixtures.shared("seeds/002_c6bca9efb23e3219.txt"))
        let truth = try #require(Fixtures.shared("truth/002_c6bca9efb23e3219.json"))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(form.name).path
        try form.bytes(of: String(contentsOf: seed, encoding: .utf8)).write(to: URL(fileURLWithPath: path))

        let record = try ReportParser().parse(try RepairStage().repair(path: path))
        let score = try Scorer().score(record, truth: Data(contentsOf: truth))
        #expect(score.numbersScored > 0)
        #expect(score.numbersRight == score.numbersScored, "\(score.problems.prefix(10))")
        #expect(score.metadataRight == score.metadataScored, "\(score.problems)")
    }
}
