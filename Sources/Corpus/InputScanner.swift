import Foundation
import ReportModel

/// Lists every visible regular file under the inbox, recursively, sorted by relative path so that every
/// build (and every shard) sees the inputs in the same order.
enum InputScanner {
    /// `excluded` is a folder not to enter, the corpus itself when it sits inside the inbox.
    static func scan(inbox: String, excluding excluded: String? = nil) throws -> [InputFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox, isDirectory: &isFolder) else {
            throw GovReportsError.fileNotFound(path: inbox)
        }
        guard isFolder.boolValue else { throw GovReportsError.invalidArgument("\(inbox): the inbox must be a folder") }
        let root = URL(fileURLWithPath: inbox).standardizedFileURL.resolvingSymlinksInPath()
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { throw GovReportsError.unreadable(path: inbox, reason: "cannot list the folder") }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var files: [InputFile] = []
        let skipped = excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        for case let url as URL in walker {
            if url.standardizedFileURL.resolvingSymlinksInPath().path == skipped {
                walker.skipDescendants()
                continue
            }
            // resourceValues follows a symlink to its target, so a linked file counts as the file it points to.
            guard let values = try? url.resolvingSymlinksInPath().resourceValues(forKeys: Set(keys)),
                values.isRegularFile == true
            else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
            let modified = values.contentModificationDate.map { Int64(($0.timeIntervalSince1970 * 1e9).rounded()) } ?? 0
            files.append(InputFile(relativePath: relative, url: url, size: Int64(values.fileSize ?? 0), modified: modified))
        }
        return files.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }
}
