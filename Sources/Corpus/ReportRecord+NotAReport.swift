import ReportModel

extension ReportRecord {
    /// Why the record is not of a report, or nil: a parse that found no part of a report and no number has read some
    /// other document, and calling it `ok` would put an empty row in every count.
    var notAReportReason: String? {
        let sections = [self.sections.overview, self.sections.problems, self.sections.other]
        let hasText = sections.contains { !($0 ?? "").isEmpty }
        let hasNumber = proactive.values.contains { $0.values.contains { $0 != nil } }
            || applications.values.contains { $0.values.contains { $0 != nil } }
            || reviewLitigation.values.contains { $0.values.contains { $0 != nil } }
        return hasText || hasNumber ? nil : "no part of a report (一 to 六) and no number found"
    }
}
