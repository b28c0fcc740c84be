import ReportModel

/// Decides whether a page's text layer can be used, must be OCRed, or the page is blank.
///
/// Garbage text layers come from fonts without a Unicode map: they decode to private-use code points,
/// U+FFFD or control characters, or to scripts a Chinese report does not use.
struct PageClassifier {
    /// Above this share of undecodable characters the layer is garbage.
    var maxUndecodableShare = 0.3
    /// The script check needs enough characters to mean something.
    var minCharactersForScriptCheck = 50
    /// Below this share of CJK, ASCII and common punctuation the layer is garbage.
    var minReadableShare = 0.5
    /// A page with fewer characters than this, drawn over an image that covers at least `scanImageShare` of it,
    /// is a scan with a stamped-on text layer (page numbers, watermark): a scanned page is an image of the
    /// whole sheet, so it covers most of the page.
    var sparseCharacters = 30
    var scanImageShare = 0.5

    /// `characters`: the page's non-space characters; `drawing`: what else the page paints.
    func classify(characters: [Unicode.Scalar], drawing: PageDrawing) -> (kind: Page.Kind, reason: String) {
        if characters.isEmpty {
            return drawing.hasInk
                ? (.needsOCR, "no text layer; \(drawing.images) image(s) and \(drawing.visiblePaths) path(s) drawn")
                : (.empty, "no text and nothing drawn")
        }
        let total = Double(characters.count)
        let undecodable = Double(characters.filter(Self.isUndecodable).count) / total
        if undecodable > maxUndecodableShare {
            return (.needsOCR, "\(percent(undecodable)) private-use, replacement or control characters")
        }
        if characters.count >= minCharactersForScriptCheck {
            let readable = Double(characters.filter(Self.isReadable).count) / total
            if readable < minReadableShare {
                return (.needsOCR, "only \(percent(readable)) of \(characters.count) characters are CJK, ASCII or punctuation")
            }
        }
        if characters.count < sparseCharacters, drawing.imageShare >= scanImageShare {
            return (.needsOCR, "only \(characters.count) characters of text over an image covering \(percent(drawing.imageShare)) of the page")
        }
        return (.text, "text layer with \(characters.count) characters")
    }

    static func isUndecodable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xE000...0xF8FF, 0xF0000...0x10FFFF, 0xFFFD: return true
        default: return scalar.properties.generalCategory == .control
        }
    }

    static func isReadable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0xA0...0xFF: return true  // ASCII, Latin-1 signs such as × and ·
        case 0x2000...0x206F, 0x2150...0x218F, 0x2460...0x24FF: return true  // punctuation, Ⅰ, ①
        case 0x3000...0x303F, 0xFF00...0xFFEF: return true  // CJK punctuation, full-width forms
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true  // CJK ideographs
        default: return false
        }
    }

    private func percent(_ share: Double) -> String {
        share >= 0.01 || share == 0 ? "\(Int((share * 100).rounded()))%" : "<1%"
    }
}
