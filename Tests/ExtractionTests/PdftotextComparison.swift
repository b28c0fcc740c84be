import Foundation
import TestSupport
import ReportModel

/// One page's non-whitespace characters, with their counts, as `pdftotext` gives them and as extraction gives them.
/// Equal multisets mean extraction lost, invented or mis-decoded no character on that page.
struct PdftotextComparison {
    var expected: [Unicode.Scalar: Int]
    var actual: [Unicode.Scalar: Int]

    init(pdftotext: String, path: String, page: Page) throws {
        let run = try CommandRun(pdftotext, ["-f", "\(page.number)", "-l", "\(page.number)", path, "-"])
        expected = Self.multiset(String(decoding: run.output, as: UTF8.self).unicodeScalars)
        actual = Self.multiset(page.lines.flatMap(\.words).flatMap(\.glyphs).flatMap(\.char.unicodeScalars))
    }

    private static func multiset<S: Sequence>(_ scalars: S) -> [Unicode.Scalar: Int] where S.Element == Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in scalars where !scalar.properties.isWhitespace { counts[scalar, default: 0] += 1 }
        return counts
    }
}
