import Typesetting

/// One line per block: the content tree as text, for goldens and assertions.
enum ContentDump {
    static func dump(_ doc: ContentDocument) -> String {
        var out = ["title: \(doc.metadata.title)", "author: \(doc.metadata.author)", "created: \(doc.metadata.creationDate ?? "-")"]
        for block in doc.blocks {
            switch block {
            case .masthead(let t): out.append("masthead: \(t)")
            case .issueLine(let t): out.append("issue: \(t)")
            case .issuer(let o, let d): out.append("issuer: \(o) | \(d)")
            case .separatorRule: out.append("rule")
            case .title(let t): out.append("doctitle: \(t)")
            case .heading(let level, let t): out.append("h\(level): \(t)")
            case .paragraph(let runs): out.append("p: " + runs.map(\.text).joined())
            case .caption(let t): out.append("caption: \(t)")
            case .note(let t): out.append("note: \(t)")
            case .signature(let o, let d): out.append("signature: \(o) | \(d)")
            case .endBlock(let e): out.append("endblock: \(e.copyTo) | \(e.printer) | \(e.printDate)")
            case .spacer(let n): out.append("spacer: \(n)")
            case .pageBreak: out.append("pagebreak")
            case .table(let t):
                out.append("table: " + t.header.joined(separator: " | "))
                for (i, r) in t.rows.enumerated() {
                    out.append("  row\(t.highlightedRows.contains(i) ? "*" : ""): " + r.joined(separator: " | "))
                }
            case .chart(let c): out.append("chart: \(c.title) " + c.bars.map { "\($0.label)=\($0.valueText)" }.joined(separator: " "))
            default: out.append("block: \(block)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
