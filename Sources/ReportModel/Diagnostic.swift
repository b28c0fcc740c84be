/// A problem that is not fatal: collected and carried along with a stage's output instead of thrown.
///
/// Records expose these as `warnings` (`{code, message, page}`); `severity`, `context` and `box` are additions. The code
/// says what happened and fixes the severity, so that two stages never rate the same event differently.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable {
        /// A repair made with certainty (a running header dropped, a wrapped row joined): nothing to check.
        case note
        /// Something could not be read or had to be guessed: a number left null, a label not placed.
        case warning
        /// A whole input or part of it could not be read at all.
        case error
    }

    /// The stable machine-readable codes: their raw values are the record's public contract
    /// (`../shared/spec/report-record.md`), so a code is added, never renamed.
    public enum Code: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// Poppler's messages while reading a page's drawing, counted once per page.
        case extractDrawingErrors = "extract.drawingErrors"
        /// A page's drawing (its rulings) could not be read.
        case extractDrawingUnreadable = "extract.drawingUnreadable"
        /// A page is a scan and OCR was not run on it.
        case extractNeedsOCR = "extract.needsOCR"
        /// poppler-glib's text and its boxes disagreed on a page. No longer given (the text is read as characters with
        /// their boxes in one walk); kept so that layouts written before still read.
        case extractTextLayoutMismatch = "extract.textLayoutMismatch"
        /// A number OCR read without enough confidence, or read differently by its readings.
        case ocrLowConfidence = "ocr.lowConfidence"
        /// Numbers on a scanned page outside ruled tables (a table without rulings) read again by both models: how
        /// many, and how many they disputed (left unpublished).
        case ocrLooseNumbers = "ocr.looseNumbers"
        /// OCR found no text on a page.
        case ocrNoText = "ocr.noText"
        /// Poppler's messages while rendering a page for OCR, counted once per page.
        case ocrRenderMessages = "ocr.renderMessages"
        /// A lone digit the OCR models disagreed on (or only one read), settled by its shape for the one that read it.
        case ocrShapeSettled = "ocr.shapeSettled"
        /// Ink that no OCR model read as text (specks, a stray mark).
        case ocrUnreadable = "ocr.unreadable"
        case repairColumnsAmbiguous = "repair.columnsAmbiguous"
        case repairColumnsInferred = "repair.columnsInferred"
        case repairGroupLabelMoved = "repair.groupLabelMoved"
        case repairGroupSpanInferred = "repair.groupSpanInferred"
        case repairHeaderRepeated = "repair.headerRepeated"
        /// libxml2 is missing, so an HTML or Markdown input's markup could not be read.
        case repairMarkupUnavailable = "repair.markupUnavailable"
        case repairPageWithoutText = "repair.pageWithoutText"
        /// Pieces of one table row (a wrapped label, a row cut by a page break) joined into one.
        case repairRowJoined = "repair.rowJoined"
        case repairRulingsIgnored = "repair.rulingsIgnored"
        case repairRunningLineRemoved = "repair.runningLineRemoved"
        case repairRunningTextDropped = "repair.runningTextDropped"
        case repairStrayCharacterMoved = "repair.strayCharacterMoved"
        case repairVerticalLabelJoined = "repair.verticalLabelJoined"
        case parseCellAmbiguous = "parse.cellAmbiguous"
        case parseCellMissing = "parse.cellMissing"
        case parseColumnsAmbiguous = "parse.columnsAmbiguous"
        case parseEmptyCell = "parse.emptyCell"
        case parseLabelsSpread = "parse.labelsSpread"
        case parseLabelsUnplaced = "parse.labelsUnplaced"
        case parseLowConfidence = "parse.lowConfidence"
        case parseNegativeValue = "parse.negativeValue"
        case parseNoValue = "parse.noValue"
        case parseNotACount = "parse.notACount"
        case parseNotANumber = "parse.notANumber"
        case parseOtherHandlingBoth = "parse.otherHandlingBoth"
        case parsePartMissing = "parse.partMissing"
        case parseRowDuplicate = "parse.rowDuplicate"
        case parseRowEmpty = "parse.rowEmpty"
        case parseRowNotInFormat = "parse.rowNotInFormat"
        case parseRowUnmatched = "parse.rowUnmatched"
        /// A scanned row whose label OCR could not read, placed in the one row of the format left between its
        /// neighbours.
        case parseRowPlacedByOrder = "parse.rowPlacedByOrder"
        case parseStrayCell = "parse.strayCell"
        case parseTableEmpty = "parse.tableEmpty"
        case parseTableMissing = "parse.tableMissing"
        case parseTemplateUnknown = "parse.templateUnknown"
        case parseTitleMissing = "parse.titleMissing"
        case parseUnitConverted = "parse.unitConverted"
        case parseYearMissing = "parse.yearMissing"

        /// The raw value, so that a message or a page that prints a code prints what the record holds.
        public var description: String { rawValue }

        /// Notes are the repairs made with certainty and the counted library messages; the one error is a reader
        /// missing; everything else leaves a value null or a place guessed, a warning.
        public var severity: Severity {
            switch self {
            case .extractDrawingErrors, .extractNeedsOCR, .ocrLooseNumbers, .ocrRenderMessages, .ocrShapeSettled, .ocrUnreadable,
                 .repairColumnsInferred,
                 .repairGroupLabelMoved, .repairHeaderRepeated, .repairRowJoined, .repairRunningLineRemoved,
                 .repairRunningTextDropped, .repairStrayCharacterMoved, .repairVerticalLabelJoined, .parseLabelsSpread,
                 .parseUnitConverted:
                .note
            case .repairMarkupUnavailable: .error
            default: .warning
            }
        }
    }

    public var code: Code
    public var message: String
    /// 1-based page number, when the problem has a place.
    public var page: Int?
    /// The box on that page (its own coordinates, as provenance's) of the cell or row the problem is in, when the
    /// input gave one: a PDF's, not a text's.
    public var box: Box?
    /// Where exactly: a record path, a table cell, a line of input.
    public var context: String?

    /// The code's severity.
    public var severity: Severity { code.severity }

    public init(code: Code, message: String, page: Int? = nil, box: Box? = nil, context: String? = nil) {
        self.code = code
        self.message = message
        self.page = page
        self.box = box
        self.context = context
    }

    private enum CodingKeys: String, CodingKey {
        case severity, code, message, page, context, box
    }

    /// A written severity is not read back: the code fixes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(Code.self, forKey: .code)
        message = try container.decode(String.self, forKey: .message)
        page = try container.decodeIfPresent(Int.self, forKey: .page)
        context = try container.decodeIfPresent(String.self, forKey: .context)
        box = try container.decodeIfPresent(Box.self, forKey: .box)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(page, forKey: .page)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encodeIfPresent(box, forKey: .box)
    }
}

extension Sequence<Diagnostic> {
    /// How many are warnings or errors: what the manifest's, the database's and the export's `warnings` count
    /// says. Notes are repairs, not doubts, and stay out of it (the summary counts them apart).
    public var warningCount: Int { count { $0.severity != .note } }
}
