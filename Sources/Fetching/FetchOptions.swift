import Foundation

/// How `govreports fetch` treats the agencies' servers: politely (one request at a time per host, a pause
/// between them), patiently (retries with backoff on 5xx and time-outs) and within bounds (a size limit).
public struct FetchOptions: Sendable {
    /// Hosts fetched at the same time; each host gets one request at a time.
    public var jobs = 4
    /// Pause between two requests to the same host, in seconds.
    public var hostInterval = 1.0
    /// Seconds without data before a request is given up (and retried).
    public var timeout = 30.0
    /// Further attempts after a 5xx answer, a time-out or a lost connection.
    public var retries = 3
    /// Pause before the first retry, doubled for each further one, in seconds.
    public var backoff = 1.0
    /// Largest response body kept; a larger one is refused, not truncated.
    public var maximumBytes = 100 << 20

    public init() {}
}
