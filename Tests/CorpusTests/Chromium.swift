import Foundation
import Testing
import TestSupport

/// Headless Chromium (Debian's `chromium`, installed by `scripts/setup`) for the tests that open the corpus's pages in
/// a real browser: the DOM after the page's scripts ran, and screenshots for a person to look at (`out/test/`).
enum Chromium {
    static let executable = "/usr/bin/chromium"

    /// Why the browser tests cannot run here, or nil when they can: not installed, or it does not start.
    static let unavailable: String? = {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return "chromium is not installed (scripts/setup installs it)" }
        guard let run = try? Chromium.run(["--dump-dom", "about:blank"]), run.status == 0,
            String(decoding: run.output, as: UTF8.self).contains("<body")
        else { return "chromium does not start headless here" }
        return nil
    }()

    /// The DOM of `url` once loaded and its scripts ran.
    static func dom(_ url: String) throws -> String {
        let run = try run(["--dump-dom", url])
        try #require(run.status == 0, "chromium --dump-dom \(url) failed: \(run.error)")
        return String(decoding: run.output, as: UTF8.self)
    }

    /// Saves a screenshot of `url` as `out/test/NAME.png` and returns its path.
    @discardableResult
    static func screenshot(_ url: String, name: String, height: Int) throws -> String {
        let folder = Fixtures.packageRoot.appendingPathComponent("out/test").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/\(name).png"
        let run = try run(["--hide-scrollbars", "--window-size=1200,\(height)", "--screenshot=\(path)", url])
        try #require(run.status == 0 && FileManager.default.fileExists(atPath: path), "chromium --screenshot failed: \(run.error)")
        return path
    }

    /// A run under `timeout`, with a profile of its own (parallel tests must not share one).
    private static func run(_ arguments: [String]) throws -> CommandRun {
        let profile = try Fixtures.temporaryFolder().path
        return try CommandRun("/usr/bin/timeout", [
            "120", executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
            "--virtual-time-budget=5000",
        ] + arguments)
    }
}
