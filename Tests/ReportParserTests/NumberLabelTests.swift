import Foundation
import ReportParser
import Testing
import TestSupport

@Suite struct NumberLabelTests {
    /// Every number of every sample's hand-checked truth has the format's labels, and no path is labelled twice.
    @Test func everyNumberOfTheSamplesHasItsLabels() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path).filter { $0.hasSuffix(".expected.json") }
        #expect(names.count >= 20)
        for name in names {
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.samples.appendingPathComponent(name))) as? [String: Any]
            let template = try #require(truth?["template"] as? String)
            for part in ["proactive", "applications", "reviewLitigation"] {
                for (row, columns) in try #require(truth?[part] as? [String: [String: Any]]) {
                    for column in columns.keys {
                        let label = NumberLabel.label(for: "\(part).\(row).\(column)")
                        #expect(label != nil, "\(name): \(part).\(row).\(column)")
                        #expect(label?.templates.contains(template) == true, "\(name): \(part).\(row).\(column)")
                    }
                }
            }
        }
        #expect(Set(NumberLabel.all.map(\.path)).count == NumberLabel.all.count)
    }

    @Test func labelsAreAsTheFormatPrintsThem() throws {
        let denied = try #require(NumberLabel.label(for: "applications.denied.thirdPartyRights.commercial"))
        #expect(denied.rowLabel == "三、（三）不予公开 4.保护第三方合法权益")
        #expect(denied.columnLabel == "法人或其他组织 商业企业")
        #expect(denied.unit == nil)
        #expect(NumberLabel.label(for: "proactive.procurement.amount")?.unit == "万元")
        #expect(NumberLabel.label(for: "proactive.procurement.amount")?.templates == ["2019"])
        #expect(NumberLabel.label(for: "proactive.licensing.decisions")?.templates == ["2019", "2021"])
        #expect(NumberLabel.label(for: "reviewLitigation.litigationDirect.pending")?.rowLabel == "行政诉讼 未经复议直接起诉")
        #expect(NumberLabel.label(for: "applications.otherHandling.total")?.rowLabel == "三、（六）其他处理")
    }
}
