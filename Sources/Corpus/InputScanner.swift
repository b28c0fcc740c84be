import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every visible path under the inbox, recursively and sorted by relative path so that every build (and every
/// shard) sees the inputs in the same order: the files to read, and the paths not read with the reason, so that
/// nothing under the inbox goes without a word. Names are taken as bytes (`readdir`), so a name that is not UTF-8 is
/// listed too. Symbolic links are followed only within the inbox unless `followLinks`; names starting with `.` are
/// skipped (a hidden folder is one entry and not searched). Files named `*.json` (sidecars, truth files) are not
/// inputs and are left out without a word.
struct InputScanner {
    struct Listing {
        var files: [InputFile] = []
        var skipped: [(relativePath: String, reason: String)] = []
    }

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    let followLinks: Bool
    private var root: [UInt8] = []
    private var listing = Listing()
    private var entered = Set<FolderID>()

    init(followLinks: Bool = false) {
        self.followLinks = followLinks
    }

    /// The listing of `inbox`; throws when the inbox is missing or not a folder.
    static func scan(inbox: String, followLinks: Bool = false) throws -> Listing {
        var status = stat()
        guard stat(inbox, &status) == 0 else { throw GovReportsError.fileNotFound(path: inbox) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw GovReportsError.invalidArgument("\(inbox): the inbox must be a folder") }
        var scanner = InputScanner(followLinks: followLinks)
        guard let resolved = realpath(inbox, nil) else {
            throw GovReportsError.unreadable(path: inbox, reason: String(cString: strerror(errno)))
        }
        scanner.root = Array(String(cString: resolved).utf8)
        free(resolved)
        guard scanner.enter(folder: scanner.root, relative: [], status: status) else {
            throw GovReportsError.unreadable(path: inbox, reason: "cannot list the folder")
        }
        var listing = scanner.listing
        listing.files.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        // A name that is not UTF-8, escaped, may spell a name that is (`\xD5.txt` and `%D5.txt`): the first keeps it.
        var named = Set<String>()
        listing.files = listing.files.filter { file in
            if named.insert(file.relativePath).inserted { return true }
            listing.skipped.append((file.relativePath, "another file's name is spelt so once percent-escaped"))
            return false
        }
        listing.skipped.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        return listing
    }

    /// Lists a folder's entries; false when it cannot be listed.
    @discardableResult
    private mutating func enter(folder: [UInt8], relative: [UInt8], status: stat) -> Bool {
        guard entered.insert(FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
            skip(relative, "a symbolic link loop")
            return true
        }
        guard let handle = folder.withCString({ opendir($0) }) else {
            if !relative.isEmpty { skip(relative, "cannot list the folder: \(String(cString: strerror(errno)))") }
            return false
        }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != Array(".".utf8), name != Array("..".utf8) { names.append(name) }
        }
        closedir(handle)
        for name in names {
            let slash = [UInt8(ascii: "/")]
            let child = relative.isEmpty ? name : relative + slash + name
            // Hidden files and folders (.git, .DS_Store) are not inputs, but they are listed: a folder as one entry.
            if name.first == UInt8(ascii: ".") {
                skip(child, "hidden (its name starts with .)")
                continue
            }
            visit(folder + slash + name, relative: child)
        }
        return true
    }

    private mutating func visit(_ path: [UInt8], relative: [UInt8]) {
        var status = stat()
        guard path.withCString({ lstat($0, &status) }) == 0 else {
            skip(relative, String(cString: strerror(errno)))
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: add(path, relative: relative, status: status, isLink: false)
        case S_IFDIR: enter(folder: path, relative: relative, status: status)
        case S_IFLNK: visitLink(path, relative: relative)
        default: skip(relative, "not a regular file (\(Self.kindName(status.st_mode)))")
        }
    }

    private mutating func visitLink(_ path: [UInt8], relative: [UInt8]) {
        guard let resolvedPointer = path.withCString({ realpath($0, nil) }) else {
            let reason = errno
            if reason == ELOOP { return skip(relative, "a symbolic link loop") }
            if reason == ENOENT {
                var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = path.withCString { readlink($0, &target, target.count - 1) }
                let name = Self.displayName(target.prefix(max(0, length)).map { UInt8(bitPattern: $0) })
                return skip(relative, "a dangling symbolic link (\(name) does not exist)")
            }
            return skip(relative, "a symbolic link that cannot be followed: \(String(cString: strerror(reason)))")
        }
        let resolved = Array(String(cString: resolvedPointer).utf8)
        free(resolvedPointer)
        let inside = resolved == root || resolved.starts(with: root + [UInt8(ascii: "/")])
        guard inside || followLinks else { return skip(relative, "a symbolic link out of the inbox (give --follow-links to read it)") }
        var status = stat()
        guard resolved.withCString({ stat($0, &status) }) == 0 else { return skip(relative, String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: add(path, relative: relative, status: status, isLink: true)
        case S_IFDIR where inside: skip(relative, "a symbolic link to a folder inside the inbox, whose files are listed there")
        case S_IFDIR: enter(folder: resolved, relative: relative, status: status)
        default: skip(relative, "not a regular file (\(Self.kindName(status.st_mode)))")
        }
    }

    private mutating func add(_ path: [UInt8], relative: [UInt8], status: stat, isLink: Bool) {
        // JSON beside the reports (truth files, metadata sidecars) is plainly no input: left out, not even listed.
        guard !Self.displayName(relative).lowercased().hasSuffix(".json") else { return }
        let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        listing.files.append(InputFile(
            relativePath: Self.displayName(relative), systemPath: path, size: Int64(status.st_size), modified: modified, isLink: isLink))
    }

    private mutating func skip(_ relative: [UInt8], _ reason: String) {
        listing.skipped.append((Self.displayName(relative), reason))
    }

    private static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "of an unknown kind"
        }
    }

    /// A relative path for the manifest: each `/`-separated part as it is when UTF-8, else with `%` and every byte
    /// outside printable ASCII percent-escaped.
    static func displayName(_ bytes: [UInt8]) -> String {
        bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { part in
            if let text = String(validating: part, as: UTF8.self) { return text }
            return part.map { byte in
                (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "%")
                    ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
            }.joined()
        }.joined(separator: "/")
    }
}
