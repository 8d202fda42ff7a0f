import ArgumentParser

/// Exit codes a cron job can tell apart (sysexits.h values).
extension ExitCode {
    /// Bad input data: an undecodable file, a layout error, an empty week where one is required.
    static let inputError = ExitCode(65)
    /// An input file or directory does not exist.
    static let noInput = ExitCode(66)
    /// An output file could not be created or written.
    static let outputError = ExitCode(73)
    /// The typeset pages failed the self-check.
    static let nonConforming = ExitCode(70)
}
