/// JSON written field by field, byte for byte as `JSONFile.encoder` writes it: Foundation's spacing (pretty or
/// compact), its number forms (`12` for 12.0, `-0`, `1e-05`) and string escapes (slashes kept). Foundation's
/// `JSONEncoder` was 40% of a corpus build's CPU; the layouts, documents and records, most of what is written, go
/// through this instead (`JSONWritable`). Keys must be written in Foundation's `sortedKeys` order, by their UTF-8
/// bytes; `JSONOutputTests` compares the two encoders on every sample.
public struct JSONOutput {
    public private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var indent = 0
    /// Whether the next key or element is the first of its container.
    private var first = true
    /// Whether a number was NaN or infinite, which JSON cannot hold (`JSONFile.encode` then lets Foundation throw).
    private(set) var invalidNumber = false

    init(pretty: Bool, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: containers

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent += 1
        }
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent -= 1
            writeIndent()
        }
        bytes.append(bracket)
        first = false
    }

    /// Starts an array element.
    mutating func element() {
        if !first {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(UInt8(ascii: "\n")) }
        }
        if pretty { writeIndent() }
        first = false
    }

    /// Starts an object member: `key` must need no escapes (the field names of the model's types).
    public mutating func key(_ key: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        separator()
    }

    /// Starts an object member whose key is data (a dictionary's key).
    public mutating func key(_ key: String) {
        element()
        value(key)
        separator()
    }

    private mutating func separator() {
        if pretty {
            bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    private mutating func writeIndent() {
        for _ in 0..<indent {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    // MARK: values

    mutating func null() { append("null") }

    public mutating func value(_ bool: Bool) { append(bool ? "true" : "false") }

    public mutating func value(_ int: Int) {
        if int < 0 {
            bytes.append(UInt8(ascii: "-"))
            // The magnitude as unsigned, so that Int.min has one too.
            digits(int.magnitude)
        } else {
            digits(UInt(int))
        }
    }

    /// Foundation's form: the shortest that reads back as the same Double, without a trailing `.0`.
    public mutating func value(_ double: Double) {
        guard double.isFinite else {
            invalidNumber = true
            append("0")
            return
        }
        // Whole numbers well inside Double's exact integers print as integers (`description` gives `12.0`, or
        // `1e+16` from 2^53 on).
        if double == double.rounded(), abs(double) < 1e15 {
            if double == 0, double.sign == .minus { return append("-0") }
            return value(Int(double))
        }
        var text = double.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        append(text)
    }

    /// A box coordinate as `Box` encodes it, rounded to hundredths: written from its count of hundredths, which is
    /// the shortest form of the rounded Double for coordinates within ±10^13 (others go through `value(_: Double)`).
    mutating func hundredths(_ coordinate: Double) {
        let rounded = (coordinate * 100).rounded()
        guard rounded.isFinite, abs(rounded) < 1e15, rounded != 0 else { return value(rounded / 100) }
        let count = Int(rounded)
        if count < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = count.magnitude
        digits(magnitude / 100)
        let cents = magnitude % 100
        if cents != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(cents / 10))
            if cents % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(cents % 10)) }
        }
    }

    /// A string, quoted, with Foundation's escapes: `"`, `\`, and control characters (`\n`, `\u001b`).
    public mutating func value(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func value<T: JSONWritable>(_ item: T?) {
        if let item { item.write(to: &self) } else { null() }
    }

    public mutating func value<T: JSONWritable>(_ items: [T]) {
        beginArray()
        for item in items {
            element()
            item.write(to: &self)
        }
        endArray()
    }

    /// `items` as an array, as `value(_:)` writes it, handed to `sink` in pieces of about `piece` bytes, so that a
    /// long array (the manifest of a large corpus) is never whole in memory. Returns whether every number was one
    /// JSON can hold.
    @discardableResult
    public static func writeArray<S: Sequence>(
        _ items: S, pretty: Bool, piece: Int = 1 << 16, to sink: ([UInt8]) throws -> Void
    ) rethrows -> Bool where S.Element: JSONWritable {
        var output = JSONOutput(pretty: pretty, capacity: piece + piece / 4)
        output.beginArray()
        for item in items {
            output.element()
            item.write(to: &output)
            if output.bytes.count >= piece {
                try sink(output.bytes)
                output.bytes.removeAll(keepingCapacity: true)
            }
        }
        output.endArray()
        try sink(output.bytes)
        return !output.invalidNumber
    }

    /// A dictionary as Foundation writes one: keys in the order of their UTF-8 bytes.
    public mutating func value<T: JSONWritable>(_ dictionary: [String: T]) {
        beginObject()
        // Between ASCII keys (all the model's) String's own `<` is that order, and several times faster.
        let ascii = dictionary.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        let members = ascii ? dictionary.sorted { $0.key < $1.key }
            : dictionary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (name, item) in members {
            key(name)
            item.write(to: &self)
        }
        endObject()
    }

    // MARK: members (a key and its value)

    public mutating func field<T: JSONWritable>(_ name: StaticString, _ item: T) {
        key(name)
        item.write(to: &self)
    }

    /// A raw-valued enum (a kind, an origin, a code) as its raw value.
    public mutating func field<T: RawRepresentable>(_ name: StaticString, _ item: T) where T.RawValue == String {
        key(name)
        value(item.rawValue)
    }

    /// An optional member as synthesized `Encodable` writes it: left out when nil (`encodeIfPresent`).
    public mutating func fieldIfPresent<T: JSONWritable>(_ name: StaticString, _ item: T?) {
        if let item { field(name, item) }
    }

    // MARK: bytes

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func digits(_ number: UInt) {
        guard number >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(number))
            return
        }
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &scratch) { buffer in
            while rest > 0 {
                count += 1
                buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(buffer.count - count)...]))
        }
    }

    private mutating func escape(_ byte: UInt8) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default: bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}

/// A model type written by `JSONOutput`, with exactly the keys and values its `Encodable` conformance gives.
public protocol JSONWritable: Encodable {
    func write(to output: inout JSONOutput)
}

/// An array of writable values, such as the manifest's entries, is written as its elements are.
extension Array: JSONWritable where Element: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}

/// A dictionary with string keys, such as a record's rows of numbers, as an object.
extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}

/// An optional value written as a member is `null` when nil, as in the record, whose keys are fixed
/// (`fieldIfPresent` leaves the member out instead).
extension Optional: JSONWritable where Wrapped: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}

extension String: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}

extension Int: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}

extension Double: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}

extension Bool: JSONWritable {
    public func write(to output: inout JSONOutput) { output.value(self) }
}
