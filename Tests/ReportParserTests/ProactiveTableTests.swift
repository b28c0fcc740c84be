import ReportModel
import ReportParser
import Testing

@Suite struct ProactiveTableTests {
    typealias B = DocumentBuilder

    static func proactive2019(normative: String = "规范性文件\t2\t2\t4", licensing: String = "行政许可\t0\t+11\t0", procurement: String = "政府集中采购\t10\t367.98万元") -> Block {
        B.table([
            "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t0", normative,
            "第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", licensing, "其他对外管理服务事项",
            "第二十条第（六）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政处罚\t5\t-8\t1,234", "行政强制\t0\t0\t0",
            "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t0\t0",
            "第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额", procurement,
        ])
    }

    @Test func format2019RowsAndValueForms() throws {
        let record = try B.parse(B.report2021(proactive: Self.proactive2019()))
        #expect(record.template == .v2019)
        #expect(record.proactive["normativeDocuments"] == ["made": 2, "published": 2, "totalPublished": 4])
        #expect(record.proactive["licensing"] == ["previousItems": 0, "change": 11, "decisions": 0])
        #expect(record.proactive["penalty"] == ["previousItems": 5, "change": -8, "decisions": 1234])
        #expect(record.proactive["fees"] == ["previousItems": 0, "change": 0])
        #expect(record.proactive["procurement"] == ["projects": 10, "amount": 367.98])
        #expect(record.provenance["proactive.procurement.amount"]?.text == "367.98万元")
        #expect(record.proactive["otherServices"] == ["previousItems": nil, "change": nil, "decisions": nil])
        #expect(record.warnings.contains { $0.context == "proactive.otherServices" })
    }

    @Test func normativeDocumentsUnderEitherName() throws {
        let old = try B.parse(B.report2021(proactive: Self.proactive2019(normative: "行政规范性文件\t1\t1\t1")))
        #expect(old.proactive["normativeDocuments"] == ["made": 1, "published": 1, "totalPublished": 1])
        let new = try B.parse(B.report2021(proactive: B.table([
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规范性文件\t3\t0\t9",
        ])))
        #expect(new.proactive["normativeDocuments"] == ["issued": 3, "repealed": 0, "inForce": 9])
    }

    @Test func fullWidthDigitsAndPlaceholders() throws {
        let record = try B.parse(B.report2021(proactive: B.proactive2021(normative: "１２\t—\t无", fees: "７,７３０.２８")))
        #expect(record.proactive["normativeDocuments"] == ["issued": 12, "repealed": nil, "inForce": nil])
        #expect(record.provenance["proactive.normativeDocuments.repealed"]?.text == "—")
        #expect(record.provenance["proactive.normativeDocuments.inForce"]?.text == "无")
        #expect(record.warnings.filter { $0.code == .parseNoValue }.count == 2)
        #expect(record.proactive["fees"] == ["amount": 7730.28])
    }

    @Test func slashPlaceholderAndAmountInYuan() throws {
        let record = try B.parse(B.report2021(proactive: B.proactive2021(normative: "/\t0\t0", fees: "12000元")))
        #expect(record.proactive["normativeDocuments"]?["issued"] == .some(nil))
        #expect(record.proactive["fees"] == ["amount": 1.2])
    }

    @Test func aDecimalIsNotACount() throws {
        let record = try B.parse(B.report2021(proactive: B.proactive2021(normative: "1.5\t0\t0")))
        #expect(record.proactive["normativeDocuments"]?["issued"] == .some(nil))
        #expect(record.warnings.contains { $0.code == .parseNotACount })
    }

    /// A speck before a scanned 1 read as a minus: a count cannot be negative, so it is null, not −1; a change (本年增/减,
    /// the 2019 format, tested above with −8) keeps its sign.
    @Test func aNegativeCountIsNull() throws {
        let record = try B.parse(B.report2021(proactive: B.proactive2021(normative: "-1\t0\t3")))
        #expect(record.proactive["normativeDocuments"] == ["issued": nil, "repealed": 0, "inForce": 3])
        #expect(record.warnings.contains { $0.code == .parseNegativeValue && $0.context == "proactive.normativeDocuments.issued" })
    }
}
