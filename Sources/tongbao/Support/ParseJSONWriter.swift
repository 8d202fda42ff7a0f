import Foundation
import ReportModel

/// `parse --json` written as the reader goes: each briefing as it is made, then the diagnostics.
/// The bytes are those of `Output.printJSON` on the whole `ParseResult` (its two arrays in key
/// order, each element as the encoder writes it, one level deeper), without the result, its whole
/// encoding and the encoder's tree of it in memory at once (on 50 MB of distinct items the
/// briefings alone took several times the file). An encoding error (a number JSON cannot hold)
/// stops the writing where it is and is thrown by `finish`.
struct ParseJSONWriter {
    private let encoder = Output.encoder
    private var out: [UInt8] = []
    private var briefings = 0
    /// The first encoding error; nothing more is written after it.
    private(set) var error: (any Error)?

    init() {
        out.reserveCapacity(1 << 21)
        out += "{\n  \"briefings\" : [\n".utf8
    }

    /// Writes the next briefing.
    mutating func add(_ b: Briefing) {
        if briefings > 0 { out += ",\n".utf8 }
        briefings += 1
        append(b)
    }

    /// Closes the briefings, writes the diagnostics and ends the document.
    mutating func finish(warnings: [Diagnostic]) throws(CLIError) {
        out += "\n  ],\n  \"warnings\" : [\n".utf8
        // written by hand (the encoder's bytes): the encoder was a twentieth of the run
        for (k, d) in warnings.enumerated() where error == nil {
            if k > 0 { out += ",\n".utf8 }
            d.appendPrettyJSON(to: &out, indent: 4)
            if out.count >= 1 << 20 { flush() }
        }
        out += "\n  ]\n}\n".utf8
        if let error { throw CLIError(.input, "cannot encode the result as JSON: \(error)") }
        flush()
    }

    /// An element, each of its lines indented one level deeper (strings hold no raw line break; an
    /// empty array's blank line stays blank).
    private mutating func append(_ value: some Encodable) {
        guard error == nil else { return }
        let data: Data
        do { data = try encoder.encode(value) } catch {
            self.error = error
            return
        }
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                if bytes[start] != 0x0A { out += "    ".utf8 }
                out += UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                start = end
            }
        }
        if out.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        guard error == nil else { return }
        FileHandle.standardOutput.write(Data(out))
        out.removeAll(keepingCapacity: true)
    }
}
