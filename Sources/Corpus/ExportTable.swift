import Foundation

/// A table of the export (wide, long or labels): a header and rows of cells, written as CSV or JSON Lines.
/// CSV is RFC 4180 (fields quoted when they hold a comma, quote or line break; CRLF line ends) in UTF-8 with a
/// byte-order mark, so that Excel reads the Chinese text right and pandas and R read it without options.
struct ExportTable: Sendable {
    /// One field: text, a number as the report prints it, or nothing (an empty CSV field, JSON `null`).
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(NumberValue)
        case null

        init(_ text: String?) { self = text.map(Cell.text) ?? .null }
        init(_ value: NumberValue?) { self = value.map(Cell.number) ?? .null }
        init(_ value: Int?) { self = value.map { .number(.count($0)) } ?? .null }
        init(_ value: Double?) { self = value.map { .number(.amount($0)) } ?? .null }
    }

    public let name: String
    let header: [String]
    public private(set) var rows: [[Cell]] = []

    init(name: String, header: [String]) {
        self.name = name
        self.header = header
    }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == header.count, "a row of \(name) with \(row.count) cells for \(header.count) columns")
        rows.append(row)
    }

    func csv() -> Data {
        var text = "\u{FEFF}"
        for row in [header.map(Cell.text)] + rows {
            text += row.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// One JSON object a line, keys in the header's order.
    func jsonLines() throws -> Data {
        let keys = try header.map(Self.jsonString)
        var text = ""
        for row in rows {
            let fields = try zip(keys, row).map { key, cell in "\(key):\(try Self.json(cell))" }
            text += "{" + fields.joined(separator: ",") + "}\n"
        }
        return Data(text.utf8)
    }

    private static func csvField(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .number(let value): return value.text
        case .text(let text):
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || text.first == " " || text.last == " "
            else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    private static func json(_ cell: Cell) throws -> String {
        switch cell {
        case .null: "null"
        case .number(let value): value.text
        case .text(let text): try jsonString(text)
        }
    }

    private static func jsonString(_ text: String) throws -> String {
        String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
    }
}
