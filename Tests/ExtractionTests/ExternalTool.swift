import Foundation

/// Finds and runs command-line tools the tests compare against (pdftotext, qpdf); nil when not installed.
enum ExternalTool {
    static func path(_ name: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
