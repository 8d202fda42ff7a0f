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
        commandName: "fonts", abstract: Help["fonts.abstract"])

    @Option(help: .of("fonts.fonts"))
    var fonts: String = "fonts"
    @Option(help: .of("layout"))
    var layout: String = "layouts/weekly-notice.toml"
    @Option(help: .of("fonts.sample"))
    var sample: String?
    @Option(help: .of("fonts.sample-file"))
    var sampleFile: String?

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
