import ReportModel

extension ReportRecord {
    /// The record as decoding its JSON gives it back: every box rounded to hundredths, as it is written. Nil when
    /// decoding it would fail (a box beyond `Box.largestCoordinate`), so that the caller reads the file and meets the
    /// same error. The corpus fills its database from records in this form, whether a document's stages have just
    /// given one or it is read from `records/ID.json`, so that both give the same rows.
    var asWritten: ReportRecord? {
        var record = self
        var readable = true
        func written(_ box: Box?) -> Box? {
            guard let box else { return nil }
            let rounded = box.written
            if !rounded.isReadable { readable = false }
            return rounded
        }
        record.provenance = provenance.mapValues { provenance in
            var provenance = provenance
            provenance.box = written(provenance.box)
            return provenance
        }
        record.warnings = warnings.map { warning in
            var warning = warning
            warning.box = written(warning.box)
            return warning
        }
        return readable ? record : nil
    }
}
