import Foundation
import Markup
import Testing

/// libxml2 read into Swift values: what the page left open is closed, entities decoded, nothing is lost.
@Suite struct MarkupParserTests {
    @Test func unclosedCellsAndRowsAreClosedAsBrowsersDo() {
        let tokens = MarkupParser.html("<table><tr><td>规章<td>0<tr><td>行政许可<td>12</table>")
        let names = tokens.compactMap { if case .open(let name, _) = $0 { name } else { nil } }
        #expect(names.filter { $0 == "tr" }.count == 2)
        #expect(names.filter { $0 == "td" }.count == 4)
        let opens = tokens.filter { if case .open = $0 { true } else { false } }.count
        let closes = tokens.filter { if case .close = $0 { true } else { false } }.count
        #expect(opens == closes)
    }

    @Test func namedAndNumericEntitiesAndWordMarkup() {
        let tokens = MarkupParser.html("<p class=MsoNormal>&ldquo;双公示&rdquo;&nbsp;&#x6587;&#20013;&hellip;<o:p></o:p></p>")
        let text = tokens.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
        #expect(text == "“双公示”\u{00A0}文中…")
        #expect(tokens.contains(.open(name: "p", attributes: ["class": "MsoNormal"])))
    }

    @Test func nestingThousandsDeepIsWalkedWithoutRecursion() {
        let depth = 5_000
        let tokens = MarkupParser.html(String(repeating: "<div>", count: depth) + "底" + String(repeating: "</div>", count: depth))
        #expect(tokens.contains(.text("底")))
    }

    @Test func emptyInputGivesNoTokens() {
        #expect(MarkupParser.html("").isEmpty)
        #expect(MarkupParser.xml(Data()) == nil)
    }

    @Test func xmlKeepsPrefixesAndRefusesWhatIsNotWellFormed() throws {
        let xml = Data("""
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">一、 总体情况</w:t></w:r></w:p><w:tc><w:gridSpan w:val="2"/></w:tc></w:body></w:document>
            """.utf8)
        let tokens = try #require(MarkupParser.xml(xml))
        #expect(tokens.contains(.text("一、 总体情况")))
        #expect(tokens.contains(.open(name: "w:gridSpan", attributes: ["w:val": "2"])))
        #expect(MarkupParser.xml(Data("<w:p><w:t>未闭合".utf8)) == nil)
    }
}
