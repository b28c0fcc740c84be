import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Repair

/// The five damaged seed texts under `../shared/seeds` (skipped when `../shared` is absent): every table row
/// of parts 二, 三 and 四 comes out whole with its numbers, and the text of parts 一, 五, 六 matches the
/// hand-checked truth. Expected rows were read off the seeds by eye; keys are `prefix…ending` of the label.
@Suite struct SeedTests {
    struct Seed: CustomStringConvertible, Sendable {
        let name: String
        let proactive: [(String, String)]
        let applications: [(String, String)]
        let groups: [String]
        var description: String { name }
    }

    static let zeros7 = "0 0 0 0 0 0 0"
    static let zeros8 = "0 0 0 0 0 0 0 0"

    /// Part 三 rows of the 2021 format, first row through 四、结转…, with the numbers each seed prints.
    static func applications2021(newReceived: String, granted: String, total: String, zeros: String, firstTwo: String)
        -> [(String, String)]
    {
        [
            ("一、本年新收…申请数量", newReceived), ("二、上年结转…申请数量", firstTwo == "" ? zeros7 : firstTwo),
            ("(一)予以公开", granted), ("(二)部分公开…其他情形)", zeros),
            ("1.属于国家秘密", zeros), ("2.其他法律…禁止公开", zeros), ("3.危及…稳定”", zeros), ("4.保护第三方合法权益", zeros),
            ("5.属于三类内部事务信息", zeros), ("6.属于四类过程性信息", zeros), ("7.属于行政执法案卷", zeros), ("8.属于行政查询事项", zeros),
            ("1.本机关不掌握…政府信息", zeros), ("2.没有现成信息…另行制作", zeros), ("3.补正后申请…不明确", zeros),
            ("1.信访举报投诉类申请", zeros), ("2.重复申请", zeros), ("3.要求提供公开出版物", zeros), ("4.无正当理由…反复申请", zeros),
            ("5.要求行政机关…已获取信息", zeros),
            ("1.申请人无正当理由…公开申请", zeros), ("2.申请人逾期未按…公开申请", zeros), ("3.其他", zeros),
            ("(七)总计", total), ("四、结转下年度继续办理", zeros),
        ]
    }

    static let seeds: [Seed] = [
        Seed(
            name: "000_da0b4287a16eb6d3",
            proactive: [("规章", "0 0 0"), ("行政规范性文件", "7 0 16"), ("行政许可", "0"), ("行政处罚", "0"), ("行政强制", "0"), ("行政事业性收费", "0")],
            applications: applications2021(
                newReceived: "2 0 0 0 0 0 2", granted: "2 0 0 0 0 0 2", total: "2 0 0 0 0 0 2", zeros: zeros7, firstTwo: ""),
            groups: ["三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理"]),
        Seed(
            name: "001_898e7d926174ce22",
            proactive: [("规章", "0 0 0"), ("行政规范性文件", "10 8 16"), ("行政许可", "0"), ("行政处罚", "0"), ("行政强制", "0"), ("行政事业性收费", "0")],
            applications: applications2021(newReceived: zeros7, granted: zeros7, total: zeros7, zeros: zeros7, firstTwo: ""),
            groups: ["三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理"]),
        Seed(
            name: "002_c6bca9efb23e3219",
            proactive: [("规章", "0 0 0"), ("行政规范性文件", "0 0 0"), ("行政许可", "0"), ("行政处罚", "0"), ("行政强制", "0"), ("行政事业性收费", "0")],
            // From (一) on, this seed prints 8 cells per row for 7 columns; repair keeps what is printed.
            applications: applications2021(newReceived: zeros7, granted: zeros8, total: zeros8, zeros: zeros8, firstTwo: zeros7),
            groups: ["三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理"]),
        Seed(
            name: "003_f277899e5bf77171",
            proactive: [
                ("规章", "0 0 0"), ("规范性文件", "2 2 4"), ("行政许可", "0 0 0"), ("其他对外管理服务事项", ""), ("行政处罚", "0 0 0"),
                ("行政强制", "0 0 0"), ("行政事业性收费", "0 0"), ("政府集中采购", "10 367.98万元"),
            ],
            applications: Array(applications2021(
                newReceived: "2 0 0 0 0 0 2", granted: "2 0 0 0 0 0 2", total: "2 0 0 0 0 0 2", zeros: zeros7, firstTwo: "")[0..<20])
                + [("(六)其他处理", zeros7), ("(七)总计", "2 0 0 0 0 0 2"), ("四、结转下年度继续办理", zeros7)],
            groups: ["三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理"]),
        Seed(
            name: "004_9168cc52e7878a9c",
            proactive: [
                ("规章", "0 0 0"), ("规范性文件", "1 1 1"), ("行政许可", "0 0 0"), ("其他对外管理服务事项", "0 0 0"), ("行政处罚", "0 0 0"),
                ("行政强制", "0 0 0"), ("行政事业性收费", "0 0"), ("政府集中采购", "0 0"),
            ],
            // Mostly missing: four rows printed, two of them with a lone 0 whose column is unknown.
            applications: [("5.要求行政机关…已获取信息", ""), ("(六)其他处理", ""), ("(七)总计", "0"), ("四、结转下年度继续办理", "0")],
            groups: []),
    ]

    static func load(_ seed: Seed) throws -> (input: String, document: Document)? {
        guard let url = Fixtures.shared("seeds/\(seed.name).txt") else { return nil }
        let document = try RepairStage().repair(path: url.path)
        let input = try String(contentsOf: url, encoding: .utf8)
        return (input, document)
    }

    static func truth(_ seed: Seed) throws -> [String: String] {
        let url = try #require(Fixtures.shared("truth/\(seed.name).json"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(json?["sections"] as? [String: String])
    }

    static func check(_ rows: [RowSummary], against expected: [(String, String)], part: String, seed: Seed) {
        #expect(rows.count == expected.count, "\(seed) part \(part): \(rows.count) rows, expected \(expected.count): \(rows)")
        for (row, (key, numbers)) in zip(rows, expected) {
            #expect(row.matches(key, numbers), "\(seed) part \(part): got \(row), expected \(key) [\(numbers)]")
        }
    }

    @Test(.enabled(if: Fixtures.shared != nil), arguments: seeds)
    func tableRowsAreWhole(seed: Seed) throws {
        let (_, document) = try #require(try Self.load(seed))
        let reading = DocumentReading(document: document)
        Self.check(reading.rows("二、"), against: seed.proactive, part: "二", seed: seed)
        Self.check(reading.rows("三、"), against: seed.applications, part: "三", seed: seed)
        Self.check(reading.rows("四、"), against: [("", Array(repeating: "0", count: 15).joined(separator: " "))], part: "四", seed: seed)
        let cells = reading.cellTexts("三、").map(DocumentReading.folded)
        for group in seed.groups {
            #expect(cells.filter { $0 == group }.count == 1, "\(seed): group label \(group) should appear once, whole")
        }
    }

    @Test(.enabled(if: Fixtures.shared != nil), arguments: seeds)
    func sectionTextMatchesTruth(seed: Seed) throws {
        let (_, document) = try #require(try Self.load(seed))
        let truth = try Self.truth(seed)
        let reading = DocumentReading(document: document)
        for (key, numeral) in [("overview", "一、"), ("problems", "五、"), ("other", "六、")] {
            let expected = PrintedText.removingWhitespace(try #require(truth[key]))
            let actual = PrintedText.removingWhitespace(reading.sectionText(numeral))
            let similarity = EditDistance.similarity(actual, expected)
            #expect(similarity >= 0.995, "\(seed) \(key): similarity \(similarity)")
        }
    }

    /// Repair must never invent a number: every digit run of the output occurs in the input at least as often.
    @Test(.enabled(if: Fixtures.shared != nil), arguments: seeds)
    func noNumberIsInvented(seed: Seed) throws {
        let (input, document) = try #require(try Self.load(seed))
        let inputRuns = Self.digitRuns(in: input)
        var outputRuns: [String: Int] = [:]
        for text in Self.texts(of: document) {
            for (run, count) in Self.digitRuns(in: text) { outputRuns[run, default: 0] += count }
        }
        for (run, count) in outputRuns {
            #expect(count <= inputRuns[run, default: 0], "\(seed): '\(run)' appears \(count) times in the output, \(inputRuns[run, default: 0]) in the input")
        }
    }

    /// Runs of ASCII or full-width digits: `\d` would take Han numerals (四) for digits and a line joined after
    /// 四 for a new number.
    static func digitRuns(in text: String) -> [String: Int] {
        var runs: [String: Int] = [:]
        for match in text.matches(of: /[0-9０-９]+/) { runs[String(match.output), default: 0] += 1 }
        return runs
    }

    static func texts(of document: Document) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let heading): return [heading.text]
            case .paragraph(let paragraph): return [paragraph.text]
            case .table(let table): return table.rows.flatMap { $0.cells.map(\.text) }
            }
        }
    }
}
