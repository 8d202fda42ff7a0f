import Foundation

/// What the commands print on stdout besides plain lines.
enum Output {
    /// Pretty, key-sorted JSON and a newline.
    static func printJSON(_ value: some Encodable) throws(CLIError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            FileHandle.standardOutput.write(try encoder.encode(value))
            FileHandle.standardOutput.write(Data("\n".utf8))
        } catch {
            throw CLIError(.input, "cannot encode the result as JSON: \(error)")
        }
    }
}
