import ArgumentParser
import FileAccess
import Foundation
import ReportModel

/// A failure the CLI reports in one line on stderr with a distinct exit code.
struct CLIError: Error, CustomStringConvertible {
    /// What kind of failure, deciding the exit code.
    enum Kind {
        case usage, input, noInput, output, nonConforming

        var exitCode: ExitCode {
            switch self {
            case .usage: return .validationFailure
            case .input: return .inputError
            case .noInput: return .noInput
            case .output: return .outputError
            case .nonConforming: return .nonConforming
            }
        }
    }

    var kind: Kind
    var message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    init(_ error: InputError) {
        self.init(error.kind == .missing ? .noInput : .input, error.description)
    }

    init(_ error: OutputError) {
        self.init(error.isUsage ? .usage : .output, error.description)
    }

    var description: String { message }

    /// Reports the error on stderr and turns it into the process's exit code.
    func exit() -> ExitCode {
        printError("tongbao: error: \(message)")
        return kind.exitCode
    }

    /// Runs a command's body, turning its error into a message and an exit code.
    static func exiting(_ body: () throws(CLIError) -> Void) throws(ExitCode) {
        do { try body() } catch { throw error.exit() }
    }
}

/// Prints a line on stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

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

/// What the commands print on stdout besides plain lines.
enum Output {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Pretty, key-sorted JSON and a newline.
    static func printJSON(_ value: some Encodable) throws(CLIError) {
        do {
            FileHandle.standardOutput.write(try encoder.encode(value))
            FileHandle.standardOutput.write(Data("\n".utf8))
        } catch {
            throw CLIError(.input, "cannot encode the result as JSON: \(error)")
        }
    }
}
