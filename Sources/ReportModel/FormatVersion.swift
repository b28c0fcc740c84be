/// The format version that layout and document JSON carry, so that a file written by other code is refused with
/// that reason instead of being read as if it were this code's format.
enum FormatVersion {
    static func decode<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, current: Int, of kind: String, remedy: String
    ) throws -> Int {
        let version = try container.decode(Int.self, forKey: key)
        guard version == current else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(kind) formatVersion \(version) is not one this govreports reads (\(current)); \(remedy)")
        }
        return version
    }
}
