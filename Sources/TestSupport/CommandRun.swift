import Foundation

/// One run of a command-line program as a test needs it: its exit status, standard output and standard error.
public struct CommandRun: Sendable {
    public var status: Int32
    public var output: Data
    public var error: String

    /// Both streams as text, output first.
    public var text: String { String(decoding: output, as: UTF8.self) + error }

    /// Runs `executable` to its end. Standard error goes through a file, not a second pipe, so a program that writes
    /// much of it (`LD_DEBUG`) cannot fill a pipe nobody reads while the test waits on the other one.
    public init(_ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errorFile = try Fixtures.temporaryFolder().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer { try? errorHandle.close() }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = errorHandle
        try process.run()
        output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        error = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
    }
}
