import Foundation
import ReportModel

/// A digest of the source files that make a stage's output, for cache keys that change when that code changes and
/// only then. Made at build time (the `StageFingerprintPlugin` runs `stage-fingerprint`), so nobody has to remember
/// to bump a version.
public enum SourceFingerprint {
    /// Hex digits kept: enough that two versions of the code never share a key in practice, short enough for file names.
    public static let length = 12

    /// The digest of `files` (a folder stands for every regular file under it): each file's path relative to `root` and
    /// its bytes, in path order, so the same sources give the same fingerprint wherever the package is checked out and
    /// in whatever order the build lists them.
    public static func of(files: [URL], relativeTo root: URL) throws -> String {
        let rootPath = root.standardizedFileURL.path
        let named = try files.flatMap(regularFiles(at:)).map { file -> (name: String, url: URL) in
            let path = file.standardizedFileURL.path
            let name = path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : path
            return (name, file)
        }
        var bytes = Data()
        for (name, url) in named.sorted(by: { $0.name < $1.name }) {
            let content = try Data(contentsOf: url)
            // Name and length delimit each file, so moving bytes from one file to the next changes the digest.
            bytes.append(Data("\(name)\0\(content.count)\0".utf8))
            bytes.append(content)
        }
        return String(SHA256.hex(of: bytes).prefix(length))
    }

    /// The file itself, or every regular file under a folder (a copied resource folder, a system library's headers).
    static func regularFiles(at url: URL) throws -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        guard isFolder.boolValue else { return [url] }
        return try FileManager.default.subpathsOfDirectory(atPath: url.path).sorted().compactMap { subpath in
            let file = url.appendingPathComponent(subpath)
            var isSubfolder: ObjCBool = false
            FileManager.default.fileExists(atPath: file.path, isDirectory: &isSubfolder)
            return isSubfolder.boolValue ? nil : file
        }
    }
}
