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

    /// `printJSON` of a parse result, written a briefing and a diagnostic at a time: the same bytes
    /// as encoding it whole (its two arrays in key order, each element as the encoder writes it,
    /// indented), without the whole encoding and the encoder's tree of it in memory at once (on a
    /// 50 MB file: 20 MB of JSON, and 142 instead of 98 MB for the command).
    static func printJSON(_ result: ParseResult) throws(CLIError) {
        let encoder = encoder
        var out: [UInt8] = []
        out.reserveCapacity(1 << 21)
        func flush() {
            FileHandle.standardOutput.write(Data(out))
            out.removeAll(keepingCapacity: true)
        }
        func array(_ key: String, _ items: [some Encodable], last: Bool) throws {
            out += "  \"\(key)\" : [\n".utf8
            if items.isEmpty { out += "\n".utf8 }
            for (k, item) in items.enumerated() {
                // each line of the element one level deeper (strings hold no raw line break; an
                // empty array's blank line stays blank)
                try encoder.encode(item).withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                    var start = 0
                    while start < bytes.count {
                        let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                        if bytes[start] != 0x0A { out += "    ".utf8 }
                        out += UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                        start = end
                    }
                }
                out += (k + 1 < items.count ? ",\n" : "\n").utf8
                if out.count >= 1 << 20 { flush() }
            }
            out += (last ? "  ]\n" : "  ],\n").utf8
        }
        do {
            out += "{\n".utf8
            try array("briefings", result.briefings, last: false)
            try array("warnings", result.warnings, last: true)
            out += "}\n".utf8
            flush()
        } catch {
            throw CLIError(.input, "cannot encode the result as JSON: \(error)")
        }
    }
}
