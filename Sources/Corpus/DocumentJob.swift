/// One input to run through the stages: the first of the inputs that share its bytes.
struct DocumentJob: Sendable {
    var file: InputFile
    /// Its digest, and the stamp that vouches the file still holds those bytes.
    var hashed: InputHasher.Hashed
    /// Rerun this stage and the ones after it even when their outputs are cached (`--from`, `--only`).
    var forceFrom: Stage?
    /// This input's entry in the previous manifest, whose timings are kept for stages served from the cache.
    var previous: ManifestEntry?

    var sha256: String { hashed.sha256 }
    var id: String { String(sha256.prefix(16)) }
}
