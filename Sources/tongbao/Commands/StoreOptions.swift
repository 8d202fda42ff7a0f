import ArgumentParser
import Foundation
import ReportStore

/// `--db PATH`, shared by the commands that use the report store.
struct StoreOptions: ParsableArguments {
    @Option(help: .of("store.db", valueName: "path"))
    var db: String?

    /// The path the flag, the environment or the default names.
    var path: String { StoreLocation.resolve(flag: db, environment: ProcessInfo.processInfo.environment) }

    /// How long a write waits for another process's lock: `$TONGBAO_BUSY_TIMEOUT` seconds (0…3600), else 60.
    func busyTimeout() throws(CLIError) -> TimeInterval {
        try Numbers.environment("TONGBAO_BUSY_TIMEOUT", in: 0...3600, unit: "seconds") ?? 60
    }

    /// A failed store step: 73 naming the store, as on opening.
    func failed(_ error: StoreError) -> CLIError { CLIError(.output, "\(path): \(error.kind.rawValue): \(error.message)") }

    /// Opens the store: 73 when it cannot be opened or is damaged, 66 for a missing one with
    /// `mustExist` (`weekly`, `monthly`: a mistyped `--db` must not become an empty store).
    func opened(mustExist: Bool = false) throws(CLIError) -> ReportStore {
        let timeout = try busyTimeout()
        do {
            return try ReportStore(path: path, busyTimeout: timeout, mustExist: mustExist)
        } catch {
            let kind: CLIError.Kind = error.kind == .missing ? .noInput : .output
            throw CLIError(kind, "\(error.path): \(error.kind.rawValue): \(error.message)")
        }
    }
}
