/// A text dump of composed frames with rounded coordinates, for golden files.
public enum FrameDump {
    static func r(_ v: Double) -> String {
        let x = (v * 100).rounded() / 100
        return x == x.rounded() ? String(Int(x)) : String(x)
    }

    /// One line per frame.
    public static func dump(_ doc: ComposedDocument) -> String {
        var out = ""
        for p in doc.pages {
            out += "page \(p.number) \(r(p.width))x\(r(p.height))\n"
            for f in p.frames {
                switch f {
                case .text(let t):
                    out += "  text \(t.style.role) \(r(t.style.size)) y=\(r(t.baseline)) x=\(r(t.xs.first ?? 0)) \"\(t.text)\"\n"
                case .rule(let l):
                    out += "  rule x=\(r(l.x)) y=\(r(l.y)) w=\(r(l.width)) t=\(r(l.thickness))\n"
                case .box(let b):
                    out += "  box x=\(r(b.x)) y=\(r(b.y)) w=\(r(b.width)) h=\(r(b.height))\n"
                }
            }
        }
        for o in doc.outline { out += "outline \(o.level) p\(o.page) \(o.title)\n" }
        return out
    }

    /// Composed lines only: slot, edges and text.
    public static func lines(_ doc: ComposedDocument) -> String {
        var out = ""
        for p in doc.pages {
            for l in p.lines {
                let slot = l.slot.map { String($0 + 1) } ?? "-"
                out += "p\(p.number) \(l.kind.rawValue) \(slot) [\(r(l.x0))–\(r(l.x1))]\(l.paragraphFinal ? " ¶" : "") \(l.text)\n"
            }
        }
        return out
    }
}
