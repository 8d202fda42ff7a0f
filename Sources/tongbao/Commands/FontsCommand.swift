import ArgumentParser
import Foundation
import LayoutSpec
import Rendering

/// `tongbao fonts [--fonts DIR] [--layout FILE] [--sample TEXT | --sample-file FILE]`: each role →
/// family → file, where an open default stands in for the family the layout asks for first, and
/// which characters of a sample each role sets in a fallback family of its chain.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts", abstract: "Show which font file each font role of a layout resolves to.")

    @Option(name: .long, help: "Fonts directory (the only place fonts come from).")
    var fonts: String = "fonts"

    @Option(name: .long, help: "Layout file.")
    var layout: String = "layouts/weekly-notice.toml"

    @Option(name: .long, help: "Text to check: which characters each role sets in a fallback family.")
    var sample: String?

    @Option(name: .customLong("sample-file"), help: "UTF-8 text file to check like --sample (e.g. a briefing).")
    var sampleFile: String?

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
        var text = sample ?? ""
        if let sampleFile {
            guard let data = FileManager.default.contents(atPath: sampleFile) else {
                throw ValidationError("\(sampleFile): cannot read the sample file")
            }
            text += String(decoding: data, as: UTF8.self)
        }
        if sample != nil || sampleFile != nil {
            let (fallbacks, missing) = try writer.coverage(of: text, layout: spec)
            let distinct = Set(text.filter { !$0.isWhitespace }).count
            print("sample: \(distinct) distinct character(s); \(fallbacks.count) set in a fallback family, \(missing.count) in no font")
            for f in fallbacks {
                let cps = f.text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                print("  fallback: '\(f.text)' (\(cps)) role \(f.role) → \(f.family)")
            }
            for m in missing {
                let cp = String(m.character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
                print("  missing: '\(m.character)' (U+\(cp)) role \(m.role): no font in \(fonts)/ has it")
            }
        }
        // the exact names a layout's [fonts.ROLE] families may use
        let fams = writer.library.families.sorted()
        print("families in \(fonts)/ (\(fams.count)): " + fams.joined(separator: ", "))
    }
}
