import Foundation
import TestSupport

/// The built `govreports` executable, for tests that need a separate process (kill -9, a second build).
enum GovReportsBinary {
    static let url: URL? = Fixtures.govreportsExecutable

    /// Starts `govreports arguments…` with standard error going to `log`.
    static func start(_ arguments: [String], log: String) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: log)
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return process
    }

    /// Runs to the end; returns the exit status.
    static func run(_ arguments: [String], log: String) throws -> Int32 {
        let process = try start(arguments, log: log)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
