import ReportModel

/// Wording of the national report format's tables, used to tell table text from prose and to reassemble
/// header cells that text extraction split into fragments (`自然` … `人`, `结果` / `维持`).
///
/// The wording itself is defined once, in `ReportModel/NationalFormat`; these are the tests Repair makes with it,
/// compared with whitespace removed.
enum FormatVocabulary {
    /// The format's wording (`ReportModel/NationalFormat`), as these tests use it.
    static let headerTerms = NationalFormat.headerTerms
    static let rowLabels = NationalFormat.proactiveRowLabels
    static let tableLevelOneWords = NationalFormat.tableLevelOneWords
    static let groupLabels = NationalFormat.applicationGroupLabels

    static func isHeaderTerm(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return headerTerms.contains(key) || isUnitHeader(key)
    }

    /// A term followed by its unit, e.g. `本年收费金额（单位：万元）`.
    static func isUnitHeader(_ key: String) -> Bool {
        headerTerms.contains { key.hasPrefix($0 + "（") || key.hasPrefix($0 + "(") }
    }

    /// Whether `text` could still grow into a header term (`自然`, `结果`, `社会公益`).
    static func isHeaderPrefix(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return !key.isEmpty && headerTerms.contains { $0.hasPrefix(key) && $0 != key }
    }

    /// Whether `text` is the end of a header term printed under its start (`维持` under `结果`).
    static func isHeaderSuffix(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return !key.isEmpty && headerTerms.contains { $0.hasSuffix(key) && $0 != key }
    }

    /// Header wording or a piece of it: what a header line of a text table is made of.
    static func isHeaderPiece(_ text: String) -> Bool {
        isHeaderTerm(text) || isHeaderPrefix(text) || isHeaderSuffix(text)
    }

    /// One of the six part headings exactly as the format prints them (`ReportPart.heading`), spacing and a final 。
    /// aside; stricter than `TableRegionFinder.isPartHeading`, which takes any level-1 heading that is no row label.
    static func isPartHeadingAsPrinted(_ text: String) -> Bool {
        var key = PrintedText.removingWhitespace(text)
        if key.last == "。" { key.removeLast() }
        return ReportPart.allCases.contains { $0.heading == key }
    }

    /// `第二十条第（一）项`: the legal-basis line that titles each small table of part 二.
    static func isArticleTitle(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return key.hasPrefix("第二十条第") && key.hasSuffix("项") && key.count <= 12
    }

    /// The cross-check note of part 三's header (`（本列数据的勾稽关系为：…）`), whole or its first part.
    static func isNoteStart(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return key.contains(NationalFormat.noteOpening) || key.contains(NationalFormat.noteWord)
    }

    static func isRowLabel(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return rowLabels.contains { key.hasPrefix($0) }
    }

    /// A level-1 numbered line that is a row of the part-三 table rather than a part heading of the report.
    static func isTableLevelOneLabel(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return tableLevelOneWords.contains { key.contains($0) }
    }
}
