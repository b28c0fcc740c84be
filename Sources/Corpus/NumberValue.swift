/// A number of a record as the report prints it: a count (an integer) or an amount in 万元, so that a database or
/// CSV shows `12`, not `12.0`, for a count.
public enum NumberValue: Hashable, Sendable {
    case count(Int)
    case amount(Double)

    /// The shortest text that reads back as the same number (`12`, `367.98`).
    public var text: String {
        switch self {
        case .count(let value): String(value)
        case .amount(let value): value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
    }

    public var double: Double {
        switch self {
        case .count(let value): Double(value)
        case .amount(let value): value
        }
    }
}
