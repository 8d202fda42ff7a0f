import Foundation
import LayoutSpec
import Typesetting

/// Loads `--layout FILE` with the loader's file:line:key message as an input error.
enum LayoutFile {
    static func load(_ path: String) throws(CLIError) -> Layout {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(.noInput, "\(path): no such layout file")
        }
        do {
            return try LayoutLoader.load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError(.input, error.description)
        }
    }
}
