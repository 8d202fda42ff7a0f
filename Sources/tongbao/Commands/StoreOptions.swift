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
    func open() throws -> ReportStore {
        do {
            return try ReportStore(path: path)
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode.outputError
        }
    }
}
