import Foundation

/// A rectangle on a page in PDF points, origin at the page's top-left corner, y growing downwards.
///
/// Encoded as `[x0, y0, x1, y1]` rounded to hundredths: boxes are the bulk of every stage's JSON.
public struct Box: Hashable, Sendable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    @inlinable
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    @inlinable
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// The smallest box holding all of `boxes`, or nil when there are none. Inlinable, so that a caller's sequence
    /// is iterated by specialised code and not through the generic witnesses (3,000 instructions for a word's boxes).
    @inlinable
    public static func enclosing<S: Sequence>(_ boxes: S) -> Box? where S.Element == Box {
        boxes.reduce(nil) { partial, box in partial?.union(box) ?? box }
    }

    public func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }

    /// Length of the overlap of the two boxes' vertical extents (0 when they do not overlap).
    public func verticalOverlap(with other: Box) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }

    /// Length of the overlap of the two boxes' horizontal extents (0 when they do not overlap).
    public func horizontalOverlap(with other: Box) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }

    /// The largest coordinate a stage file may give, in points: 70 times PDF's largest page (14,400 pt), and small
    /// enough that no arithmetic on it (scaled to pixels, bucketed into an Int) can overflow.
    public static let largestCoordinate = 1_000_000.0

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        func coordinate() throws -> Double {
            let place = decoder.codingPath + [Position(intValue: container.currentIndex)]
            let value = try container.decode(Double.self)
            guard value.isFinite, abs(value) <= Self.largestCoordinate else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: place, debugDescription: "\(value) is not a coordinate within ±\(Int(Self.largestCoordinate)) pt"))
            }
            return value
        }
        x0 = try coordinate()
        y0 = try coordinate()
        x1 = try coordinate()
        y1 = try coordinate()
    }

    /// The place of one coordinate in the box's array, for the error naming it.
    private struct Position: CodingKey {
        var intValue: Int?
        var stringValue: String { intValue.map(String.init) ?? "" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        let written = self.written
        for value in [written.x0, written.y0, written.x1, written.y1] {
            try container.encode(value)
        }
    }

    /// The box as its JSON holds it, each coordinate rounded to hundredths: what decoding what was written gives.
    public var written: Box {
        func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        return Box(x0: rounded(x0), y0: rounded(y0), x1: rounded(x1), y1: rounded(y1))
    }

    /// Whether decoding the box would accept it: every coordinate finite and within `largestCoordinate`.
    public var isReadable: Bool {
        [x0, y0, x1, y1].allSatisfy { $0.isFinite && abs($0) <= Self.largestCoordinate }
    }
}
