import ReportModel
import ReportParser
import Testing

@Suite struct ApplicationsTableTests {
    typealias B = DocumentBuilder

    @Test func typoInALabelStillMatchesItsRow() throws {
        var document = B.report2021()
        document.blocks = document.blocks.map { block in
            guard case .table(var table) = block else { return block }
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices where table.rows[r].cells[c].text == "2.其他法律行政法规禁止公开" {
                    table.rows[r].cells[c].text = "2.其他法律行政止公开"
                    table.rows[r].cells[c + 1].text = "5"
                }
            }
            return .table(table)
        }
        let record = try B.parse(document)
        #expect(record.applications["denied.prohibitedByLaw"]?["naturalPerson"] == 5)
        #expect(record.applications.count == 25)
    }

    @Test func socialOrganisationHeaderIsTheSocialWelfareColumn() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(header: "社会组织", values: ["granted": "0\t0\t0\t4\t0\t0\t4"])))
        #expect(record.applications["granted"]?["socialWelfare"] == 4)
    }

    @Test func otherHandlingAsOneRow() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(otherHandling: ["（六）其他处理\t1\t0\t0\t0\t0\t0\t1"])))
        #expect(record.applications["otherHandling"]?["total"] == 1)
        #expect(record.applications["otherHandling.other"] == nil)
        #expect(record.applications.count == 23)
        let outcomes = try #require(record.checks.first { $0.id == "applications.outcomes.total" })
        #expect(outcomes.actual == 1 && outcomes.ok == false)
    }

    @Test func otherHandlingAsThreeRowsUnderItsGroupLabel() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(otherHandling: [
            "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0", "3.其他\t2\t0\t0\t0\t0\t0\t2",
        ])))
        #expect(record.applications["otherHandling"] == nil)
        #expect(record.applications["otherHandling.other"]?["naturalPerson"] == 2)
        #expect(record.applications["otherHandling.unpaidFee"]?["total"] == 0)
    }

    @Test func groupLabelWithoutNumbersAndNoSubRowsIsANullRow() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(otherHandling: ["（六）其他处理"])))
        #expect(record.applications["otherHandling"] == ["naturalPerson": nil, "commercial": nil, "research": nil, "socialWelfare": nil, "legalService": nil, "other": nil, "total": nil])
        #expect(record.warnings.contains { $0.code == .parseRowEmpty && $0.context == "applications.otherHandling" })
        let outcomes = try #require(record.checks.first { $0.id == "applications.outcomes.total" })
        #expect(outcomes.ok == nil)
    }

    @Test func missingRowsAreOmittedNotFilled() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(skipping: ["newReceived", "denied.queryMatters", "carriedForward"])))
        #expect(record.applications["newReceived"] == nil)
        #expect(record.applications["denied.queryMatters"] == nil)
        #expect(record.applications.count == 22)
        #expect(record.checks.first { $0.id == "applications.balance.total" }?.ok == nil)
        #expect(record.provenance["applications.newReceived.total"] == nil)
    }

    @Test func moreValuesThanColumnsAllEqualAreCertain() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(values: ["granted": "0\t0\t0\t0\t0\t0\t0\t0"])))
        #expect(record.applications["granted"]?.values.allSatisfy { $0 == 0 } == true)
        #expect(record.warnings.contains { $0.code == .parseStrayCell && $0.context == "applications.granted" })
    }

    @Test func moreValuesThanColumnsUnequalAreNull() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(values: ["granted": "1\t0\t0\t0\t0\t0\t1\t0"])))
        #expect(record.applications["granted"]?.count == 7)
        #expect(record.applications["granted"]?.values.allSatisfy { $0 == nil } == true)
        #expect(record.warnings.contains { $0.code == .parseColumnsAmbiguous && $0.context == "applications.granted" })
    }

    @Test func fewerValuesThanColumnsAreNullNotShifted() throws {
        let record = try B.parse(B.report2021(applications: B.applications2021(values: ["total": "0"])))
        #expect(record.applications["total"]?.values.allSatisfy { $0 == nil } == true)
        #expect(record.provenance["applications.total.naturalPerson"]?.text == "0")
        #expect(record.checks.first { $0.id == "applications.rowTotal.total" }?.ok == nil)
    }

    @Test func rowWhoseNumbersFollowItsWrappedLabelAsAParagraph() throws {
        // Repair left a wrapped row as two paragraphs: label, then its numbers.
        let record = try B.parse(B.report2021(applications: B.applications2021(skipping: ["notProcessed.confirmation"])))
        #expect(record.applications["notProcessed.confirmation"] == nil)
        let document = B.report2021(applications: B.paragraph("（七）总计 3 0 0 0 0 0 3"))
        let fromParagraph = try B.parse(document)
        #expect(fromParagraph.applications["total"]?["total"] == 3)
    }

    @Test func subRowsStillMatchWhenTheirGroupLabelIsLostOrRunIn() throws {
        var document = B.report2021(applications: B.applications2021(values: ["notProcessed.complaint": "1\t0\t0\t0\t0\t0\t1", "notProcessed.duplicate": "2\t0\t0\t0\t0\t0\t2"]))
        document.blocks = document.blocks.map { block in
            guard case .table(var table) = block else { return block }
            for r in table.rows.indices where table.rows[r].cells.first?.text == "（五）不予处理" {
                table.rows[r].cells.removeFirst()
                table.rows[r].cells[0].text = "（五）不予处理信访举报投诉类申请"
            }
            return .table(table)
        }
        let record = try B.parse(document)
        #expect(record.applications["notProcessed.complaint"]?["total"] == 1)
        #expect(record.applications["notProcessed.duplicate"]?["total"] == 2)

        let lost = try B.parse(B.report2021(applications: B.table([
            "（四）无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0", "1.信访举报投诉类申请\t3\t0\t0\t0\t0\t0\t3", "2.重复申请\t1\t0\t0\t0\t0\t0\t1",
        ])))
        #expect(lost.applications["notProcessed.complaint"]?["total"] == 3)
        #expect(lost.applications["notProcessed.duplicate"]?["total"] == 1)
        #expect(lost.applications["unavailable.notHeld"]?["total"] == 0)
    }
    /// Part 三 as OCR gives it, with the labels of the rows in `garbled` replaced by what a bad scan reads.
    private func scanned(values: [String: String] = [:], garbled: [String: String], origin: TextOrigin = .ocr) -> Document {
        var document = B.report2021(applications: B.applications2021(values: values))
        document.blocks = document.blocks.map { block in
            guard case .table(var table) = block, table.rows.contains(where: { $0.cells.contains { $0.text.contains("申请人情况") } }) else { return block }
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices {
                    table.rows[r].cells[c].origin = origin
                    table.rows[r].cells[c].confidence = origin == .ocr ? 95 : nil
                    if let misread = garbled[table.rows[r].cells[c].text] { table.rows[r].cells[c].text = misread }
                }
            }
            return .table(table)
        }
        return document
    }

    @Test func scannedRowWhoseLabelDidNotReadTakesTheOneRowLeftBetweenItsNeighbours() throws {
        let record = try B.parse(scanned(
            values: ["denied.thirdPartyRights": "2\t0\t0\t0\t0\t0\t2", "total": "9\t0\t0\t0\t0\t0\t9"],
            garbled: ["4.保护第三方合法权益": "乂呆护弟三万", "（七）总计": ""]))
        #expect(record.applications["denied.thirdPartyRights"]?["total"] == 2)
        #expect(record.applications["total"]?["naturalPerson"] == 9)
        #expect(record.warnings.filter { $0.code == .parseRowPlacedByOrder }.compactMap(\.context).sorted() == ["applications.denied.thirdPartyRights", "applications.total"])
    }

    @Test func rowsAreNotPlacedByOrderFromATextLayerOrWhenTheGapIsNotOneRow() throws {
        // A text layer's label is what was printed: a label naming no row is not a misread one.
        let text = try B.parse(scanned(garbled: ["4.保护第三方合法权益": "乂呆护弟三万"], origin: .text))
        #expect(text.applications["denied.thirdPartyRights"] == nil)
        // Two unread rows side by side, or one with a neighbour unread too: which is which is not known.
        let pair = try B.parse(scanned(garbled: ["4.保护第三方合法权益": "乂呆护弟三万", "5.属于三类内部事务信息": "届于三尖内"]))
        #expect(pair.applications["denied.thirdPartyRights"] == nil)
        #expect(pair.applications["denied.internalAffairs"] == nil)
        // The first row has no neighbour before it: what stands there may be no row at all.
        let first = try B.parse(scanned(garbled: ["一、本年新收政府信息公开申请数量": "一。木年新牧"]))
        #expect(first.applications["newReceived"] == nil)
        #expect(first.warnings.contains { $0.code == .parseRowUnmatched })
    }
}
