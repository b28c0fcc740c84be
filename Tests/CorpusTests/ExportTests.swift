import Corpus
import Foundation
import ReportModel
import ReportParser
import Testing
import TestSupport

@Suite struct ExportTests {
    /// A corpus whose agencies need CSV quoting, with counts, an amount and a null.
    private func corpus() throws -> CorpusFixture {
        let fixture = try CorpusFixture()
        try fixture.write("a/one.txt", text: CorpusFixture.report(agency: "甲局,\"直属\"", year: 2022, received: 7, extra: "fees=12.5"))
        try fixture.write("a/two.txt", text: CorpusFixture.report(agency: "乙局", year: 2023, received: 0, extra: "forward=2"))
        try fixture.write("a/three.txt", text: "title=2021年度政府信息公开工作年度报告\nagency=丙局\nyear=2021\nreceived=x\n")
        _ = try fixture.build(FakeStages().stages())
        return fixture
    }

    private func records(_ fixture: CorpusFixture) throws -> [ReportRecord] {
        let data = try #require(fixture.bytes("corpus.jsonl"))
        return try data.split(separator: 0x0A).map { try JSONDecoder().decode(ReportRecord.self, from: $0) }
    }

    @Test func csvReadsBackAsTheRecords() throws {
        let fixture = try corpus()
        let folder = fixture.folder("export")
        try CorpusExporter(corpus: fixture.corpus).write(.csv, to: folder)
        let records = try records(fixture)
        #expect(records.count == 3)

        let wideData = try Data(contentsOf: URL(fileURLWithPath: folder + "/reports.csv"))
        #expect(Array(wideData.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let wide = try CSVTable(wideData)
        #expect(wide.rows.count == records.count)
        for record in records {
            let row = try #require(wide.rows.first { $0["id"] == record.id })
            #expect(row["agency"] == record.agency)
            #expect(row["year"] == record.year.map(String.init))
            #expect(row["path"] == record.source.path)
            for number in RecordNumber.all(of: record) {
                #expect(row[number.path] == (number.value?.text ?? ""), "\(record.id) \(number.path)")
            }
        }
        #expect(wide.rows.first { $0["agency"] == "丙局" }?["applications.newReceived.total"] == "")
        #expect(wide.rows.first { $0["agency"] == "甲局,\"直属\"" }?["proactive.fees.amount"] == "12.5")

        let long = try CSVTable(try Data(contentsOf: URL(fileURLWithPath: folder + "/numbers.csv")))
        #expect(long.header == CorpusExporter.numberColumns)
        #expect(long.rows.count == records.map { RecordNumber.all(of: $0).count }.reduce(0, +))
        for record in records {
            for number in RecordNumber.all(of: record) {
                let row = try #require(long.rows.first { $0["report_id"] == record.id && $0["path"] == number.path })
                #expect(row["value"] == (number.value?.text ?? ""))
                #expect(row["unit"] == (number.unit ?? ""))
                #expect(row["page"] == (number.provenance?.page.map(String.init) ?? ""))
                #expect(row["printed"] == (number.provenance?.text ?? ""))
            }
        }

        let labels = try CSVTable(try Data(contentsOf: URL(fileURLWithPath: folder + "/labels.csv")))
        #expect(labels.rows.count == NumberLabel.all.count)
        let fees = try #require(labels.rows.first { $0["path"] == "proactive.fees.amount" })
        #expect(fees["unit"] == "万元")
        #expect(fees["row_label"] == "行政事业性收费")
    }

    @Test func jsonLinesReadBackAsTheRecords() throws {
        let fixture = try corpus()
        let folder = fixture.folder("export")
        try CorpusExporter(corpus: fixture.corpus).write(.jsonl, to: folder)
        let records = try records(fixture)
        let lines = try Data(contentsOf: URL(fileURLWithPath: folder + "/reports.jsonl")).split(separator: 0x0A)
        #expect(lines.count == records.count)
        for (line, record) in zip(lines, records) {
            let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            #expect(object["id"] as? String == record.id)
            #expect(object["agency"] as? String == record.agency)
            for number in RecordNumber.all(of: record) {
                switch number.value {
                case .count(let value)?: #expect(object[number.path] as? Int == value)
                case .amount(let value)?: #expect(object[number.path] as? Double == value)
                case nil: #expect(object[number.path] is NSNull)
                }
            }
        }
    }

    @Test func aCorpusWithoutRecordsIsAOneLineError() throws {
        let url = try #require(GovReportsBinary.url)
        let folder = try Fixtures.temporaryFolder()
        let run = try CommandRun(url.path, ["export", folder.path, "--format", "csv"])
        #expect(run.status == 2)
        #expect(run.error == "govreports: \(folder.path)/corpus.jsonl: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/export"))
        // A damaged corpus.jsonl names the file and the line, and nothing is written.
        try Data("{\"id\": 1}\n".utf8).write(to: folder.appendingPathComponent("corpus.jsonl"))
        let damaged = try CommandRun(url.path, ["export", folder.path])
        #expect(damaged.status == 2)
        #expect(damaged.error.hasPrefix("govreports: \(folder.path)/corpus.jsonl: not a valid stage file: line 1: "))
        #expect(damaged.error.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/export"))
        let badFormat = try CommandRun(url.path, ["export", folder.path, "--format", "xlsx"])
        #expect(badFormat.status == 2)
        #expect(badFormat.error.contains("--format xlsx"))
    }

    /// pandas' `read_csv`, `read_json(lines=True)` and `sqlite-utils insert --csv` load the files without options and
    /// give back the records' values (in the venv `scripts/test` makes; skipped where PyPI cannot be reached).
    @Test(.enabled(if: ExportLoader.python != nil, "pandas and sqlite-utils are not installed (out/venv-export): no PyPI"))
    func pandasAndSqliteUtilsLoadTheFiles() throws {
        let fixture = try corpus()
        let folder = fixture.folder("export")
        try CorpusExporter(corpus: fixture.corpus).write(.csv, to: folder)
        try CorpusExporter(corpus: fixture.corpus).write(.jsonl, to: folder)
        let loaded = try ExportLoader.load(folder)
        let records = try records(fixture)
        for reader in ["pandas", "pandas_jsonl", "sqlite_utils"] {
            let tables = try #require(loaded[reader]?.objectValue, "\(reader)")
            let wide = try #require(tables["reports"]?.objectValue)
            #expect(wide["columns"]?.arrayValue?.first?.stringValue == "id", "\(reader): a byte-order mark left in the first name")
            let rows = try #require(wide["rows"]?.arrayValue)
            #expect(rows.count == records.count)
            for record in records {
                let row = try #require(rows.compactMap(\.objectValue).first { $0["id"]?.stringValue == record.id })
                #expect(row["agency"]?.stringValue == record.agency, "\(reader)")
                for number in RecordNumber.all(of: record) {
                    let value = row[number.path]
                    switch number.value {
                    case nil: #expect(value == nil || value == .null, "\(reader) \(number.path)")
                    case let expected?:
                        // sqlite-utils keeps CSV fields as text; pandas reads numbers.
                        #expect(value?.numberValue == expected.double || value?.stringValue == expected.text, "\(reader) \(number.path)")
                    }
                }
            }
            let labels = try #require(tables["labels"]?.objectValue?["rows"]?.arrayValue)
            #expect(labels.count == NumberLabel.all.count, "\(reader)")
        }
    }
}

/// Runs `scripts/export-load` in the venv `out/venv-export` that `scripts/test` makes; nil when it is not there.
enum ExportLoader {
    static let python: String? = {
        let venv = Fixtures.packageRoot.appendingPathComponent("out/venv-export")
        let ready = FileManager.default.fileExists(atPath: venv.appendingPathComponent("export-load-installed").path)
        let python = venv.appendingPathComponent("bin/python").path
        return ready && FileManager.default.isExecutableFile(atPath: python) ? python : nil
    }()

    static func load(_ folder: String) throws -> [String: JSONValue] {
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/export-load").path
        let run = try CommandRun(try #require(python), [script, folder])
        try #require(run.status == 0, "scripts/export-load failed: \(run.error)")
        return try #require(try JSONDecoder().decode(JSONValue.self, from: run.output).objectValue)
    }
}

/// RFC 4180 CSV as the export writes it (a byte-order mark, quoted fields, CRLF), read back by header name.
struct CSVTable {
    let header: [String]
    let rows: [[String: String]]

    init(_ data: Data) throws {
        var text = String(decoding: data, as: UTF8.self)
        if text.first == "\u{FEFF}" { text.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\r": continue
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        try #require(record.isEmpty && field.isEmpty, "the last line does not end in CRLF")
        let header = try #require(records.first)
        for row in records.dropFirst() { try #require(row.count == header.count, "a row of \(row.count) fields for \(header.count)") }
        self.header = header
        rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}

extension JSONValue {
    var objectValue: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
    var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    var numberValue: Double? { if case .number(let value) = self { value } else { nil } }
}
