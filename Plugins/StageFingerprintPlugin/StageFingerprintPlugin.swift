import Foundation
import PackagePlugin

/// Gives the target it is applied to (`Corpus`) a generated `StageFingerprints` with one fingerprint per pipeline
/// stage, and one of the corpus's assembly: a digest of the module's files and of every module it depends on. The corpus cache keys on them, so
/// changing `Repair` reruns repair and parse in the next build, and changing nothing reruns nothing.
@main
struct StageFingerprintPlugin: BuildToolPlugin {
    /// Each stage and the module whose output it is; and `assembly`, the code that makes the corpus's outputs from the
    /// records (database, summary), so that a corpus assembled by other code is assembled again.
    static let stages = [("extract", "Extraction"), ("repair", "Repair"), ("parse", "ReportParser"), ("assembly", "Corpus")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("StageFingerprints.swift")
        var arguments = ["--root", context.package.directoryURL.path, "--output", output.path]
        var inputs: [URL] = []
        for (stage, moduleName) in Self.stages {
            guard let module = context.package.targets.first(where: { $0.name == moduleName }) else {
                throw PluginError(description: "no target \(moduleName) for the \(stage) stage")
            }
            let files = try ([module] + module.recursiveTargetDependencies).flatMap(Self.files(of:))
            arguments += ["--stage", stage] + files.map(\.path)
            inputs += files
        }
        return [
            .buildCommand(
                displayName: "Fingerprinting the stage modules", executable: try context.tool(named: "stage-fingerprint").url,
                arguments: arguments, inputFiles: inputs, outputFiles: [output])
        ]
    }

    /// Every regular file in the module's folder: sources, headers (a C++ target's `sourceFiles` leaves them out),
    /// resources and module maps, each an input of the build command so that changing any one regenerates the file.
    static func files(of target: Target) throws -> [URL] {
        let folder: URL
        switch target {
        case let module as SwiftSourceModuleTarget: folder = module.directoryURL
        case let module as ClangSourceModuleTarget: folder = module.directoryURL
        case let library as SystemLibraryTarget: folder = library.directoryURL
        default: return []
        }
        return try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted().compactMap { subpath in
            let file = folder.appendingPathComponent(subpath)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            return file
        }
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
}
