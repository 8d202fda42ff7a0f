import Foundation
import Typesetting

extension PDFWriter {
    /// What `tongbao fonts` prints: each role → family → file (and where an open default stands
    /// in for the family the layout asks for first), which characters of `sample` each role sets
    /// in a fallback family or in none, and the families `fonts/` holds.
    public func fontReport(_ layout: Layout, layoutFile: String, sample: String?) throws -> String {
        let resolved = try resolveFonts(layout)
        let fonts = library.directory.path
        var lines = ["fonts directory: \(fonts)", "layout: \(layoutFile)"]
        let order = FontRole.names + resolved.map(\.role).filter { !FontRole.names.contains($0) }
        for role in order {
            guard let r = resolved.first(where: { $0.role == role }) else { continue }
            let weight = r.weight == "regular" ? "" : " (\(r.weight))"
            lines.append("\(r.role.padding(toLength: 9, withPad: " ", startingAt: 0)) → \(r.family)\(weight) → \(r.file)")
            if r.isSubstitute {
                let missing = r.wanted.prefix { $0 != r.family }
                lines.append("          substitute: \(r.family) stands in for \(missing.joined(separator: " / ")) (not in fonts/)")
            }
        }
        if let sample {
            let (fallbacks, missing) = try coverage(of: sample, layout: layout)
            let distinct = Set(sample.filter { !$0.isWhitespace }).count
            lines.append(
                "sample: \(distinct) distinct character(s); \(fallbacks.count) set in a fallback family, \(missing.count) in no font")
            for f in fallbacks {
                let cps = f.text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                lines.append("  fallback: '\(f.text)' (\(cps)) role \(f.role) → \(f.family)")
            }
            for m in missing {
                let cp = String(m.character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
                lines.append("  missing: '\(m.character)' (U+\(cp)) role \(m.role): no font in \(fonts)/ has it")
            }
        }
        // the exact names a layout's [fonts.ROLE] families may use
        let families = library.families.sorted()
        lines.append("families in \(fonts)/ (\(families.count)): " + families.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
