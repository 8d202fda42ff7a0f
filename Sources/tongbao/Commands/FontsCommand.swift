import ArgumentParser
import FileAccess
import Foundation
import LayoutSpec
import Rendering

/// `tongbao fonts [--fonts DIR] [--layout FILE] [--sample TEXT | --sample-file FILE]`: each role →
/// family → file, where an open default stands in for the family the layout asks for first, and
/// which characters of a sample each role sets in a fallback family of its chain.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts", abstract: "Show which font file each font role of a layout resolves to.")

    @Option(name: .long, help: "Fonts directory (the only place fonts come from).") var fonts: String = "fonts"
    @Option(name: .long, help: "Layout file.") var layout: String = "layouts/weekly-notice.toml"
    @Option(name: .long, help: "Text to check: which characters each role sets in a fallback family.") var sample: String?
    @Option(name: .customLong("sample-file"), help: "UTF-8 text file to check like --sample (e.g. a briefing).") var sampleFile: String?

    func run() throws {
        try CLIError.exiting { () throws(CLIError) in
            let spec = try LayoutFile.load(layout)
            var text = sample
            if let sampleFile {
                do throws(InputError) {
                    text = (text ?? "") + String(decoding: try InputFiles.read(InputFile(path: sampleFile), limit: 64 << 20), as: UTF8.self)
                } catch { throw CLIError(error) }
            }
            do {
                let writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts))
                print(try writer.fontReport(spec, layoutFile: layout, sample: text), terminator: "")
            } catch {
                throw CLIError(.input, "\(fonts): \(error)")
            }
        }
    }
}
