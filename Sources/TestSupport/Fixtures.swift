import Foundation

/// Where tests find their inputs: the package's own `Samples/` and the `../shared` folder that CI
/// places beside the checkout (tests that need it are skipped when it is absent).
public enum Fixtures {
    /// The package root, found from this file's path so tests run from any working directory.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let samples: URL = packageRoot.appendingPathComponent("Samples")

    /// `../shared` beside the checkout, or `$GOVREPORTS_SHARED` when set; nil when absent.
    public static let shared: URL? = {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["GOVREPORTS_SHARED"],
            packageRoot.appendingPathComponent("../shared").standardized.path,
        ]
        for case let path? in candidates where FileManager.default.fileExists(atPath: path + "/spec/report-record.md") {
            return URL(fileURLWithPath: path)
        }
        return nil
    }()

    /// A file under `../shared`, or nil when `../shared` is absent.
    public static func shared(_ relativePath: String) -> URL? {
        shared?.appendingPathComponent(relativePath)
    }

    /// The built `govreports` executable, for tests that run it as a user would (a separate process, kill -9):
    /// beside the test bundle in the build folder, else in the package's debug build folder; nil when not built.
    public static let govreportsExecutable: URL? = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidates = [
            testBinary.deletingLastPathComponent().appendingPathComponent("govreports"),
            packageRoot.appendingPathComponent(".build/debug/govreports"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A fresh empty temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
