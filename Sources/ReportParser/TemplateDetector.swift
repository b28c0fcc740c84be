import ReportModel

/// Which version of the national format the tables follow: told by the wording of part 二's tables, which
/// differs between the versions; failing that, by （六）其他处理 being split into three sub-rows (2021 on).
struct TemplateDetector {
    /// Label keys of every text in part 二 (its tables and any rows left as paragraphs).
    let proactiveText: String

    func template(applications: ReadValues) -> Template? {
        let hits2019 = NationalFormat.markers2019.map(ChineseText.labelKey).filter { PrintedText.contains(proactiveText, $0) }.count
        let hits2021 = NationalFormat.markers2021.map(ChineseText.labelKey).filter { PrintedText.contains(proactiveText, $0) }.count
        if hits2019 != hits2021 { return hits2019 > hits2021 ? .v2019 : .v2021 }
        if NationalFormat.otherHandlingSubRows.contains(where: { applications.rows[$0] != nil }) { return .v2021 }
        return nil
    }
}
