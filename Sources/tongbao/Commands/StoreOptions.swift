import ArgumentParser
import Foundation
import ReportStore

/// `--db PATH`, shared by the commands that use the report store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The report store (SQLite; default: $TONGBAO_DB, else tongbao.sqlite in the working directory).",
            valueName: "path"))
    var db: String?

    /// The path the flag, the environment or the default names.
    var path: String { StoreLocation.resolve(flag: db, environment: ProcessInfo.processInfo.environment) }

    /// Opens the store; on failure prints why and exits 73.
    func open() throws(ExitCode) -> ReportStore {
        do {
            return try ReportStore(path: path)
        } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message)").exit()
        }
    }
}
