import ArgumentParser
import Foundation
import ReportModel

/// Runs a stage body, turning any error into the one-line message and non-zero exit the tool promises (control
/// characters of file names escaped, so that the message stays one line).
public func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as GovReportsError {
        FileHandle.standardError.write(Data("govreports: \(error.description.escapingControlCharacters)\n".utf8))
        throw ExitCode(2)
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("govreports: \(String(describing: error).escapingControlCharacters)\n".utf8))
        throw ExitCode(2)
    }
}
