import ArgumentParser
import Foundation
import ReportModel

/// `govreports fetch …` runs `govreports-fetch …`, installed beside this executable: downloading needs libcurl and its
/// TLS and Kerberos libraries, and keeping them out of this executable spares every other command loading them.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download report URLs into an inbox for `build`, conditionally, politely, within a size limit.",
        discussion: "Runs govreports-fetch, installed beside govreports; `govreports fetch --help` shows its options.")

    static let executableName = "govreports-fetch"

    @Argument(parsing: .captureForPassthrough, help: "The URL list and options of govreports-fetch.")
    var arguments: [String] = []

    func run() throws {
        let executable = Self.executablePath()
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            FileHandle.standardError.write(Data("govreports: \(Self.executableName) is missing: expected at \(executable.escapingControlCharacters) (swift build builds it; scripts/install installs it)\n".utf8))
            throw ExitCode(2)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        execv(executable, argv)
        FileHandle.standardError.write(Data("govreports: cannot run \(executable.escapingControlCharacters): \(String(cString: strerror(errno)))\n".utf8))
        throw ExitCode(2)
    }

    /// `govreports-fetch` in the folder of the running executable (its real path, links resolved).
    static func executablePath() -> String {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((running as NSString).deletingLastPathComponent as NSString).appendingPathComponent(executableName)
    }
}
