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

    /// How long a write waits for another process's lock: `$TONGBAO_BUSY_TIMEOUT` seconds (0…3600), else 60.
    func busyTimeout() throws(CLIError) -> TimeInterval {
        try Numbers.environment("TONGBAO_BUSY_TIMEOUT", in: 0...3600, unit: "seconds") ?? 60
    }

    /// Opens the store: 73 when it cannot be opened.
    func opened() throws(CLIError) -> ReportStore {
        let timeout = try busyTimeout()
        do {
            return try ReportStore(path: path, busyTimeout: timeout)
        } catch {
            throw CLIError(.output, "\(error.path): \(error.kind.rawValue): \(error.message)")
        }
    }
}
