import Foundation
import Repair
import ReportModel
@testable import ReportParser
import Scoring
import TestSupport
import Testing

/// Title and statistics-period wordings agencies use besides the template's: 年度报告 without 工作, a title
/// split over lines or with its year in brackets after it, the agency on a line above, and 统计时限 /
/// 统计期间 / 统计时段 as well as 统计期限.
@Suite struct ReportTitleTests {
    typealias B = DocumentBuilder

    @Test func aTitleWithout工作() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("示例区民政局2022年政府信息公开年度报告")]))
        #expect(record.title == "示例区民政局2022年政府信息公开年度报告")
        #expect(record.agency == "示例区民政局")
        #expect(record.year == 2022)
    }

    @Test func aTitleSplitBefore工作年度报告() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("示例区民政局2022年政府信息公开"), B.paragraph("工作年度报告")]))
        #expect(record.title == "示例区民政局2022年政府信息公开工作年度报告")
        #expect(record.agency == "示例区民政局")
        #expect(record.year == 2022)
        #expect(record.sections.overview?.contains("工作年度报告") == false)
    }

    @Test func aTitleOverThreeLinesWithTheAgencyAbove() throws {
        let lines = [B.paragraph("示例区民政局"), B.paragraph("2022年度政府信息公开"), B.paragraph("年度报告")]
        let record = try B.parse(B.report2021(title: lines))
        #expect(record.agency == "示例区民政局")
        #expect(record.year == 2022)
    }

    @Test(arguments: ["（2023年）", "(2023年度)", "（2023）"])
    func aYearInBracketsAfterTheTitleWithTheAgencyAbove(_ bracket: String) throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("示例县水利局"), B.paragraph("政府信息公开工作年度报告\(bracket)")]))
        #expect(record.agency == "示例县水利局")
        #expect(record.year == 2023)
    }

    @Test func aYearInBracketsAfterAOneLineTitle() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("示例县水利局政府信息公开年度报告（2023年）")]))
        #expect(record.agency == "示例县水利局")
        #expect(record.year == 2023)
    }

    @Test(arguments: ["统计期限", "统计时限", "统计期间", "统计时段"])
    func theYearFromAStatisticsPeriod(_ wording: String) throws {
        var document = B.report2021(title: [B.paragraph("示例县水利局政府信息公开工作年度报告")])
        document.blocks.insert(B.paragraph("本报告中所列数据的\(wording)自2019年1月1日起至2019年12月31日止。"), at: 1)
        let record = try B.parse(document)
        #expect(record.year == 2019)
        #expect(record.agency == "示例县水利局")
    }

    @Test func noPeriodAndNoYearIsNullWithAWarning() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("示例县水利局政府信息公开工作年度报告")]))
        #expect(record.year == nil)
        #expect(record.warnings.contains { $0.code == .parseYearMissing })
    }

    /// Seed 002's one-line title reworded as agencies print it, through text repair and the parser: the
    /// metadata is read and every number still scores against the seed's truth.
    static let variants: [(title: String, agency: String, year: Int)] = [
        ("殷都区工业和信息化局2021年政府信息公开年度报告", "殷都区工业和信息化局", 2021),
        ("殷都区工业和信息化局2021年政府信息公开\n工作年度报告", "殷都区工业和信息化局", 2021),
        ("殷都区工业和信息化局\n政府信息公开工作年度报告（2021年）", "殷都区工业和信息化局", 2021),
        ("殷都区工业和信息化局\n\n2021年度政府信息公开工作年度报告", "殷都区工业和信息化局", 2021),
        ("殷都区工业和信息化局政府信息公开工作年度报告\n\n本报告统计时限自2021年1月1日起至2021年12月31日止。", "殷都区工业和信息化局", 2021),
    ]

    @Test(.enabled(if: Fixtures.shared != nil), arguments: variants.indices)
    func aSeedWithAReworded(_ variant: Int) throws {
        let (title, agency, year) = Self.variants[variant]
        let seed = try #require(Fixtures.shared("seeds/002_c6bca9efb23e3219.txt"))
        let truth = try #require(Fixtures.shared("truth/002_c6bca9efb23e3219.json"))
        let text = try String(contentsOf: seed, encoding: .utf8)
        let original = "殷都区工业和信息化局2021年政府信息公开工作年度报告"
        #expect(text.contains(original))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("report.txt")
        try text.replacingOccurrences(of: original, with: title).write(to: input, atomically: true, encoding: .utf8)
        let record = try ReportParser().parse(try RepairStage().repair(path: input.path))
        #expect(record.agency == agency)
        #expect(record.year == year)
        let score = try Scorer().score(record, truth: Data(contentsOf: truth))
        #expect(score.numbersRight == score.numbersScored, "\(score.problems.prefix(10))")
        #expect(record.sections.overview?.hasPrefix("为深入贯彻落实") == true, "\(record.sections.overview?.prefix(40) ?? "")")
    }

    /// The title's year and agency are read by a scanner that finds what the former regular expression found (kept
    /// here as its specification: its first match, with 年度 taken whole), over titles made of a year's characters
    /// and those it is confused with.
    @Test func theTitleYearIsWhereTheExpressionFindsIt() throws {
        let digit = "\\p{Nd}", zero = "[〇零○]", yearNumeral = "[〇零○一二三四五六七八九]"
        let expression = try Regex("(20\(digit){2}|二\(zero)\(yearNumeral){2})年度?")
        let alphabet = Array("20２１〇零○一二十年度报告局（）(")
        let titles = ["示例区民政局2022年政府信息公开工作年度报告", "二〇二一年度示例县政府信息公开年度报告", "示例局政府信息公开年度报告（2023年）"]
        var random = SplitMix(seed: 5)
        for _ in 0..<2_000 {
            var characters = Array(titles.randomElement(using: &random)!)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<characters.count, using: &random)
                if Bool.random(using: &random) { characters[at] = alphabet.randomElement(using: &random)! }
                else { characters.insert(alphabet.randomElement(using: &random)!, at: at) }
            }
            let text = String(characters)
            guard let match = text.firstMatch(of: expression), let digits = match.output[1].substring else { continue }
            #expect(ReportTitle.year(in: text) == ChineseDate.yearValue(digits), "\(text)")
            let before = text[..<match.range.lowerBound]
            if !before.isEmpty, !before.contains("信息公开"), !before.contains("报告") {
                #expect(ReportTitle.agency(in: text) == String(before), "\(text)")
            }
        }
    }
}
