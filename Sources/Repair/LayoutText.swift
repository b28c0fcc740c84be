import ReportModel

/// Joining rules for text pieces rebuilt from geometry, shared by paragraphs and table cells.
///
/// The contract: CJK pieces join with no space; two Latin letters/digits meeting across a line break get one space.
enum LayoutText {
    /// Joins two pieces that were on different lines (a wrap, a page break, a stacked glyph).
    static func joinLines(_ first: String, _ second: String) -> String {
        let head = first.trimmingTrailingSpaces()
        let tail = second.trimmingLeadingSpaces()
        guard let last = head.last, let next = tail.first else { return head + tail }
        return isLatinOrDigit(last) && isLatinOrDigit(next) ? head + " " + tail : head + tail
    }

    /// Joins the pieces of one printed line, putting a space only where the printed gap is visible,
    /// so spaces the PDF printed are kept and none is invented between touching glyphs.
    static func joinLine(_ pieces: [(text: String, box: Box)]) -> String {
        var text = ""
        var previous: Box?
        for piece in pieces.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let previous {
                let gap = piece.box.x0 - previous.x1
                text += gap >= 0.15 * max(piece.box.height, previous.height) ? " " : ""
            }
            text += piece.text
            previous = piece.box
        }
        return text
    }

    static func isLatinOrDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    /// The number of an item numbered `1.`, `1、`, `12．` at the start of compact text (one or two digits, then the
    /// mark, then no digit, so that `1.5` is no item), nil when there is none.
    static func numbering(_ compact: String) -> Int? {
        let scalars = Array(compact.unicodeScalars)
        let digits = scalars.prefix(while: PrintedText.isDecimalDigit).count
        guard (1...2).contains(digits), digits < scalars.count, ".、．".unicodeScalars.contains(scalars[digits]) else { return nil }
        if digits + 1 < scalars.count, PrintedText.isDecimalDigit(scalars[digits + 1]) { return nil }
        return scalars[..<digits].reduce(0) { $0 * 10 + Int($1.properties.numericValue ?? 0) }
    }

    /// The text with each run of decimal digits replaced by one `#`, so that lines differing only in a number compare equal.
    static func maskingDigitRuns(_ text: String) -> String {
        var masked = String.UnicodeScalarView()
        var inDigits = false
        for scalar in text.unicodeScalars {
            let digit = PrintedText.isDecimalDigit(scalar)
            if !digit { masked.append(scalar) } else if !inDigits { masked.append("#") }
            inDigits = digit
        }
        return String(masked)
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop(while: \.isWhitespace))
    }
}
