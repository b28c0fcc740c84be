import Foundation
import PackagePlugin

/// Gives the target it is applied to (`Corpus`) a generated `StageFingerprints` with one fingerprint per pipeline
/// stage: a digest of the stage module's files and of every module it depends on. The corpus cache keys on them, so
/// changing `Repair` reruns repair and parse in the next build, and changing nothing reruns nothing.
@main
struct StageFingerprintPlugin: BuildToolPlugin {
    /// Each stage and the module whose output it is.
    static let stages = [("extract", "Extraction"), ("repair", "Repair"), ("parse", "ReportParser")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("StageFingerprints.swift")
        var arguments = ["--root", context.package.directoryURL.path, "--output", output.path]
        var inputs: [URL] = []
        for (stage, moduleName) in Self.stages {
            guard let module = context.package.targets.first(where: { $0.name == moduleName }) else {
                throw PluginError(description: "no target \(moduleName) for the \(stage) stage")
            }
            let files = ([module] + module.recursiveTargetDependencies).flatMap(Self.files(of:))
            arguments += ["--stage", stage] + files.map(\.path)
            inputs += files
        }
        return [
            .buildCommand(
                displayName: "Fingerprinting the stage modules", executable: try context.tool(named: "stage-fingerprint").url,
                arguments: arguments, inputFiles: inputs, outputFiles: [output])
        ]
    }

    /// A source module's files (sources, headers, resources); for a system library, its folder. Folders are opened
    /// up by the tool, which reads them.
    static func files(of target: Target) -> [URL] {
        if let module = target as? SourceModuleTarget { return module.sourceFiles.map(\.url) }
        return (target as? SystemLibraryTarget).map { [$0.directoryURL] } ?? []
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
}
