import FileAccess
import Foundation
import ReportModel

/// `parse --json` written as the reader goes: each briefing as it is made, then the diagnostics.
/// The bytes are those of `Output.printJSON` on the whole `ParseResult` (its two arrays in key
/// order, each element as the encoder writes it, one level deeper), without the result, its whole
/// encoding and the encoder's tree of it in memory at once (on 50 MB of distinct items the
/// briefings alone took several times the file). Briefings and diagnostics are written by hand
/// (`Briefing.appendPrettyJSON`, the encoder's bytes: its tree of each was ~4 % of the run). An
/// encoding error (a number JSON cannot hold) stops the writing where it is and is thrown by `finish`.
struct ParseJSONWriter {
    /// Written out a quarter megabyte at a time (memory is what the reader is short of).
    private let out = JSONOutput(capacity: 1 << 19)
    private var briefings = 0
    /// The first encoding error; nothing more is written after it.
    private(set) var error: EncodingError?

    init() {
        // a consumer reading through a pipe takes ~9 bytes for each byte read (`PipeCapacity`)
        PipeCapacity.widen(FileHandle.standardOutput.fileDescriptor)
        out.raw("{\n  \"briefings\" : [\n")
    }

    /// Writes the next briefing.
    mutating func add(_ b: Briefing) {
        guard error == nil else { return }
        if briefings > 0 { out.raw(",\n") }
        briefings += 1
        do throws(EncodingError) {
            try out.append(b, indent: 4)
        } catch {
            self.error = error
            return
        }
        if out.count >= 1 << 18 { flush() }
    }

    /// Closes the briefings, writes the diagnostics and ends the document.
    mutating func finish(warnings: [Diagnostic]) throws(CLIError) {
        out.raw("\n  ],\n  \"warnings\" : [\n")
        for (k, d) in warnings.enumerated() where error == nil {
            if k > 0 { out.raw(",\n") }
            out.append(d, indent: 4)
            if out.count >= 1 << 18 { flush() }
        }
        out.raw("\n  ]\n}\n")
        if let error { throw CLIError(.input, "cannot encode the result as JSON: \(error)") }
        flush()
    }

    private mutating func flush() {
        guard error == nil else { return }
        // written from the buffer, not from a copy of it in a Data
        out.withBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            FileHandle.standardOutput.write(
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
        }
        out.removeAll()
    }
}
