import ReportModel
import Testing

@Suite struct ReportPartTests {
    /// A caption is its heading shortened: the heading's characters in their order, the numeral first, some left out.
    @Test(arguments: ReportPart.allCases)
    func captionShortensTheHeading(part: ReportPart) {
        var heading = part.heading[...]
        for character in part.caption {
            guard let index = heading.firstIndex(of: character) else {
                Issue.record("\(part.caption) is not a shortening of \(part.heading)")
                return
            }
            heading = heading[heading.index(after: index)...]
        }
        #expect(part.caption.first == part.heading.first)
        #expect(part.caption.count <= part.heading.count)
        #expect(ReportPart.reviewLitigation.caption == "四、行政复议、行政诉讼")
    }
}
