import ArgumentParser
import Foundation
import LayoutSpec
import Rendering

/// `tongbao fonts [--fonts DIR] [--layout FILE]`: each role → family → file, and where an open
/// default stands in for the family the layout asks for first.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts", abstract: "Show which font file each font role of a layout resolves to.")

    @Option(name: .long, help: "Fonts directory (the only place fonts come from).")
    var fonts: String = "fonts"

    @Option(name: .long, help: "Layout file.")
    var layout: String = "layouts/weekly-notice.toml"

    func run() throws {
        let spec: Layout
        do {
            spec = try LayoutLoader.load(contentsOf: URL(fileURLWithPath: layout))
        } catch {
            throw ValidationError("\(error)")
        }
        let writer: PDFWriter
        let resolved: [ResolvedFont]
        do {
            writer = try PDFWriter(fontsDirectory: URL(fileURLWithPath: fonts))
            resolved = try writer.resolveFonts(spec)
        } catch let e as RenderError {
            FileHandle.standardError.write(Data("error: \(e)\n".utf8))
            throw ExitCode.failure
        }
        print("fonts directory: \(writer.library.directory.path)")
        print("layout: \(layout)")
        let order = FontRole.names + resolved.map(\.role).filter { !FontRole.names.contains($0) }
        for role in order {
            guard let r = resolved.first(where: { $0.role == role }) else { continue }
            let weight = r.weight == "regular" ? "" : " (\(r.weight))"
            print("\(r.role.padding(toLength: 9, withPad: " ", startingAt: 0)) → \(r.family)\(weight) → \(r.file)")
            if r.isSubstitute {
                let missing = r.wanted.prefix { $0 != r.family }
                print("          substitute: \(r.family) stands in for \(missing.joined(separator: " / ")) (not in fonts/)")
            }
        }
        // the exact names a layout's [fonts.ROLE] families may use
        let fams = writer.library.families.sorted()
        print("families in \(fonts)/ (\(fams.count)): " + fams.joined(separator: ", "))
    }
}
