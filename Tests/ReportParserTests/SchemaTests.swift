import Foundation
import ReportModel
import TestSupport
import Testing

/// The shipped schema and the validator the other tests rely on must reject what the contract forbids.
@Suite struct SchemaTests {
    func errors(_ json: String) throws -> [String] {
        try JSONSchemaValidator(schema: RecordSchema.data()).errors(in: Data(json.utf8))
    }

    func record(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let base = ReportRecord(id: "0123456789abcdef", source: SourceInfo(path: "a.txt", sha256: String(repeating: "a", count: 64), format: .text))
        var object = try JSONSerialization.jsonObject(with: JSONFile.encode(base)) as! [String: Any]
        edit(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func anEmptyRecordIsValid() throws {
        #expect(try errors(record { _ in }).isEmpty)
    }

    @Test func renamedOrMissingKeysAreRejected() throws {
        #expect(!(try errors(record { $0["agencyName"] = $0.removeValue(forKey: "agency") })).isEmpty)
        #expect(!(try errors(record { $0["applications"] = ["granted": ["naturalPersons": 1]] })).isEmpty)
        #expect(!(try errors(record { $0["applications"] = ["accepted": ["naturalPerson": 1]] })).isEmpty)
    }

    @Test func wrongTypesAndValuesAreRejected() throws {
        #expect(!(try errors(record { $0["year"] = "2021" })).isEmpty)
        #expect(!(try errors(record { $0["template"] = "2020" })).isEmpty)
        #expect(!(try errors(record { $0["applications"] = ["granted": ["naturalPerson": 1.5]] })).isEmpty)
        #expect(!(try errors(record { $0["applications"] = ["granted": ["naturalPerson": -1]] })).isEmpty)
        #expect(!(try errors(record { $0["checks"] = [["id": "applications.balance.total", "ok": 1, "expected": 1, "actual": 1]] })).isEmpty)
        #expect(try errors(record { $0["proactive"] = ["fees": ["amount": 367.98], "licensing": ["change": -8]] }).isEmpty)
    }
}
