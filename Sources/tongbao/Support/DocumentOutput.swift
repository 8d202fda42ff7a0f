import Foundation
import Rendering
import Typesetting

/// Typesets a content document and writes it atomically; the one path every document command uses.
enum DocumentOutput {
    static func write(
        _ content: ContentDocument, layout: Layout, fonts: String, to target: URL, png: String?, force: Bool, quiet: Bool,
        layoutFile: String? = nil, extras: DocumentExtras? = nil, verbose: Bool = false
    ) throws(CLIError) -> URL {
        try extras?.writeContent(content, for: target)
        let longTarget = try extras?.pngLongTarget(for: target)
        let docxTarget = try extras?.docxTarget(for: target)
        let ofdTarget = try extras?.ofdTarget(for: target)
        let (longTemp, ofdTemp) = (longTarget.map(temporary), ofdTarget.map(temporary))
        defer { for t in [longTemp, ofdTemp].compactMap({ $0 }) { try? FileManager.default.removeItem(at: t) } }
        let fontsURL = URL(fileURLWithPath: fonts, isDirectory: true).standardizedFileURL
        let writer: PDFWriter
        do { writer = try PDFWriter(fontsDirectory: fontsURL) } catch {
            throw CLIError(.input, "\(fonts): \(error)")
        }
        var creationDate: String? = nil
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            creationDate = RenderOptions.isoDate(epoch: epoch)
        }
        let options = RenderOptions(
            force: force, pngDirectory: png.map { URL(fileURLWithPath: $0, isDirectory: true) },
            creator: "tongbao \(ToolVersion.current)", creationDate: creationDate, longPNG: longTemp, ofd: ofdTemp)
        if let png {
            do { try FileManager.default.createDirectory(atPath: png, withIntermediateDirectories: true) } catch {
                throw CLIError(.output, "\(png): cannot create the PNG directory")
            }
        }
        var report: RenderReport? = nil
        try AtomicOutput.write(to: target) { temp in
            do {
                report = try writer.writePDF(content, layout: layout, to: temp, options: options)
            } catch let error as RenderError {
                switch error {
                case .selfCheck: throw CLIError(.nonConforming, "\(target.path): not written: \(error)")
                case .missingGlyphs: throw CLIError(.input, "\(target.path): not written: \(error)")
                case .fonts:
                    let layoutNote = layoutFile.map { " (font roles of \($0))" } ?? ""
                    throw CLIError(.input, "\(target.path): not written: \(error)\(layoutNote)")
                case .cairo: throw CLIError(.output, "\(target.path): \(error)")
                case .ofd: throw CLIError(.output, "\((ofdTarget ?? target).path): \(error)")
                }
            }
        }
        for case let (final?, temp?) in [(longTarget, longTemp), (ofdTarget, ofdTemp)] where rename(temp.path, final.path) != 0 {
            throw CLIError(.output, "\(final.path): cannot move the finished file into place: \(String(cString: strerror(errno)))")
        }
        if let docxTarget {
            try DocumentExtras.writeDocx(content, layout: layout, writer: writer, to: docxTarget, date: creationDate)
        }
        if !quiet, let report {
            for w in report.warnings { printError("tongbao: warning: \(w)") }
            // Which open default stands in is `tongbao fonts`'s business; a cron mail needs no note.
            for s in report.substitutions where verbose {
                printError("tongbao: note: font role '\(s.role)': \(s.family) stands in for \(s.wanted.first ?? "")")
            }
            // characters the role's face lacks, set glyph by glyph in a later family of its chain
            for f in report.fallbacks where verbose {
                printError("tongbao: note: \(f)")
            }
        }
        return target
    }

    /// A temporary beside `url` (stale ones of killed runs removed), renamed over it when complete.
    private static func temporary(_ url: URL) -> URL {
        AtomicOutput.removeStaleTemporaries(of: url)
        return url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }
}
