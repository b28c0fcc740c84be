/// One input to run through the stages: the first of the inputs that share its bytes.
struct DocumentJob: Sendable {
    var file: InputFile
    var sha256: String
    /// Rerun this stage and the ones after it even when their outputs are cached (`--from`, `--only`).
    var forceFrom: Stage?
    /// This input's entry in the previous manifest, whose timings are kept for stages served from the cache.
    var previous: ManifestEntry?

    var id: String { String(sha256.prefix(16)) }
}
