import ArgumentParser
import Foundation

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

    var description: String { message }
}

/// Prints a diagnostic line on stderr.
func printError(_ line: String) {
    var stderr = StandardError()
    print(line, to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleStderr.write(string)
    }
}

enum FileHandleStderr {
    static func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

extension CLIError {
    /// Reports the error on stderr and turns it into the process's exit code.
    func exit() -> ExitCode {
        printError("tongbao: error: \(message)")
        return kind.exitCode
    }
}
