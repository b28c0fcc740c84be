import Foundation
import ReportModel
import Testing

/// `JSONOutput` must give Foundation's bytes for every model type (the samples' own layouts, documents and records
/// are compared in `CorpusTests/StageCacheTests`): here values that set every optional, escapes, rounding and the
/// number forms at their edges.
@Suite struct JSONOutputTests {
    /// Coordinates at the edges of `Box`'s rounding: a half hundredth, a negative zero, large and tiny values.
    static let box = Box(x0: 1.005, y0: -0.001, x1: 12345.678, y1: 1e14)
    static let oddText = "a\\b\"c\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F}/é中\u{2028}😀"

    static let layout: LayoutDocument = {
        let word = Word(
            text: oddText, box: box, font: "SimSun/Bold", fontSize: 10.5, glyphs: [Glyph(char: "\"", box: box)],
            origin: .ocr, confidence: 0.1)
        let plain = Word(text: "x", box: Box(x0: 0, y0: -5.5, x1: 0.1, y1: 595.28))
        let page = Page(
            number: 1, width: 595.276, height: 841.89, kind: .ocr, kindReason: "78% private-use characters",
            lines: [TextLine(box: box, words: [word, plain], vertical: true), TextLine(box: box, words: [])],
            rulings: [
                Ruling(orientation: .vertical, position: 1e-5, start: -3, end: 1e16),
                Ruling(orientation: .horizontal, position: 123.456789, start: -0.0, end: 1e15 - 1),
            ],
            skew: -0.5)
        return LayoutDocument(
            source: SourceInfo(
                path: "a/b c.pdf", sha256: "ab12", format: .pdf, pages: 2, pageOrigins: [.text, .ocr, .empty],
                url: "https://example.org/x?a=1&b=\"2\""),
            pages: [page, Page(number: 2, width: 595, height: 842, kind: .empty)],
            diagnostics: [
                Diagnostic(code: .ocrLowConfidence, message: oddText, page: 3, box: Box(x0: 1.005, y0: 2, x1: 3.333, y1: 4), context: "三.1.2"),
                Diagnostic(code: .extractDrawingErrors, message: "m"),
            ])
    }()

    static let document: Document = {
        let location = Location(page: 2, box: box, skew: 0.25)
        let cell = Cell(
            column: 3, rowSpan: 2, columnSpan: 4, text: oddText, location: location, origin: .ocr, confidence: 99.5,
            lines: [CellLine(text: "申请", box: box)])
        let table = Table(
            rows: [TableRow(cells: [cell, Cell(column: 0, text: "")]), TableRow(cells: [])], columnCount: 7,
            location: location, markupGrid: true)
        return Document(
            source: SourceInfo(path: "r.html", sha256: "", format: .html),
            blocks: [
                .heading(Heading(level: 0, text: "标题", location: location)), .heading(Heading(level: 2, text: "（一）")),
                .paragraph(Paragraph(text: oddText, location: Location(page: 1))), .paragraph(Paragraph(text: "")),
                .table(table), .table(Table(rows: [], columnCount: 0)),
            ],
            diagnostics: [])
    }()

    static let record: ReportRecord = {
        let provenance = Provenance(page: 3, box: box, text: "367.98万元", origin: .ocr, confidence: 12.5)
        return ReportRecord(
            id: "0123456789abcdef", source: SourceInfo(path: "x.pdf", sha256: "00", format: .pdf, pages: 4),
            title: oddText, agency: "某局", year: 2023, template: .v2021,
            sections: Sections(overview: "一", problems: nil, other: "\n"),
            proactive: ["row10": ["a": 1.5, "B": nil], "row2": [:], "Row": ["x": -0.0], "行": ["y": 1e-7]],
            applications: ["denied.stateSecret": ["natural": 3, "total": nil], "a": [:]],
            reviewLitigation: [:],
            checks: [Check(id: "c1", ok: nil, expected: 2, actual: nil), Check(id: "c2", ok: true, expected: 0.1, actual: 0.1)],
            warnings: [Diagnostic(code: .ocrNoText, message: "w", page: 1)],
            provenance: ["applications.denied.stateSecret.natural": provenance,
                         "b": Provenance(page: nil, box: nil, text: "", origin: .text)])
    }()

    private func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        try JSONFile.encoder(pretty: pretty).encode(value)
    }

    private func expectSameBytes<T: Encodable>(_ value: T) throws {
        for pretty in [true, false] {
            let ours = try JSONFile.encode(value, pretty: pretty)
            let theirs = try foundation(value, pretty: pretty)
            #expect(ours == theirs, "\(T.self) pretty: \(pretty)\n\(String(decoding: ours, as: UTF8.self))\n\(String(decoding: theirs, as: UTF8.self))")
        }
    }

    @Test func layoutsDocumentsAndRecordsAreFoundationsBytes() throws {
        try expectSameBytes(Self.layout)
        try expectSameBytes(Self.document)
        try expectSameBytes(Self.record)
        try expectSameBytes(ReportRecord(id: "", source: SourceInfo(path: "", sha256: "", format: .text)))
        try expectSameBytes(LayoutDocument(source: SourceInfo(path: "t.txt", sha256: "", format: .text), pages: []))
    }

    @Test func everyNumberFormIsFoundations() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.1, 1.0 / 3, 1e-4, 1e-5, .leastNonzeroMagnitude, 1e15 - 1, 1e15, 1e16, -1e16, 123456789012.34,
            1e300, -.leastNormalMagnitude, 0.125, -2.675, 1.115, 2.5e-300, 595.2756, 100.00000000000001,
        ]
        for double in doubles {
            try expectSameBytes(Check(id: "", ok: false, expected: double, actual: -double))
            try expectSameBytes(Box(x0: double, y0: -double, x1: double / 100, y1: double * 100))
        }
        try expectSameBytes(Location(page: .min, box: nil, skew: nil))
        try expectSameBytes(Diagnostic(code: .ocrNoText, message: "", page: .max))
    }

    /// An array written in pieces (the manifest of a large corpus) is the array's bytes, pretty or compact, whatever
    /// the size of the pieces.
    @Test func anArrayInPiecesIsTheWholeArray() throws {
        let checks = (0..<40).map { (index: Int) -> Check in
            let ok: Bool? = index % 3 == 0 ? nil : index % 2 == 0
            return Check(id: "c\(index)", ok: ok, expected: Double(index) / 7, actual: nil)
        }
        for pretty in [true, false] {
            for piece in [1, 100, 1 << 16] {
                var bytes: [UInt8] = []
                let valid = JSONOutput.writeArray(checks, pretty: pretty, piece: piece) { bytes += $0 }
                #expect(valid)
                #expect(Data(bytes) == (try JSONFile.encode(checks, pretty: pretty)), "pretty \(pretty), pieces of \(piece)")
            }
            var empty: [UInt8] = []
            JSONOutput.writeArray([Check](), pretty: pretty) { empty += $0 }
            #expect(Data(empty) == (try JSONFile.encoder(pretty: pretty).encode([Check]())))
        }
    }

    /// JSON has no NaN: the value is refused as Foundation refuses it, not written.
    @Test func aNumberJSONCannotHoldThrowsAsFoundationDoes() {
        var layout = Self.layout
        layout.pages[0].width = .nan
        #expect(throws: EncodingError.self) { try JSONFile.encode(layout) }
        var record = Self.record
        record.proactive["row10"] = ["a": .infinity]
        #expect(throws: EncodingError.self) { try JSONFile.encode(record, pretty: false) }
    }

    /// Every stored property of every model type is in the fixtures' JSON somewhere, so a property added to a type
    /// without being set here (and so perhaps without being written by its `JSONWritable`) fails this test.
    @Test func theFixturesSetEveryProperty() throws {
        var properties: [String: Set<String>] = [:]
        var written: [String: Set<String>] = [:]
        func visit(_ value: Any, _ json: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .struct? where !(value is Box):
                let type = String(describing: Swift.type(of: value))
                let object = json as? [String: Any] ?? [:]
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    properties[type, default: []].insert(label)
                    guard let inner = object[label] else { continue }
                    written[type, default: []].insert(label)
                    visit(child.value, inner)
                }
            case .optional?, .enum?:
                if let payload = mirror.children.first { visit(payload.value, json) }
            case .collection?:
                for (child, element) in zip(mirror.children, json as? [Any] ?? []) { visit(child.value, element) }
            case .dictionary?:
                let object = json as? [String: Any] ?? [:]
                for child in mirror.children {
                    let pair = Mirror(reflecting: child.value).children.map(\.value)
                    if let key = pair.first as? String, let inner = object[key] { visit(pair[1], inner) }
                }
            default: break
            }
        }
        for value in [Self.layout, Self.document, Self.record] as [any Encodable] {
            visit(value, try JSONSerialization.jsonObject(with: try JSONFile.encode(value)))
        }
        #expect(properties.count >= 18)
        for (type, labels) in properties {
            #expect(labels == written[type] ?? [], "\(type): \(labels.subtracting(written[type] ?? [])) never in the fixtures' JSON")
        }
    }
}
