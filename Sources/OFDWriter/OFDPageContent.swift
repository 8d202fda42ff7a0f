import Foundation
import PaintedPages
import Typesetting

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Hands out the document's object ids (GB/T 33190 ST_ID: unique in the document, counted in
/// `MaxUnitID`).
struct UnitIDs {
    private(set) var last = 0
    mutating func next() -> Int {
        last += 1
        return last
    }
}

/// One page's `Content.xml`: a body layer of TextObjects and PathObjects in the painting order of
/// the PDF.
struct OFDPageContent {
    /// Object ids of the document's fonts, by `GlyphText.font`.
    var fontIDs: [Int]

    func xml(_ page: PaintedPage, ids: inout UnitIDs) -> Data {
        let layer = OFDXML.element("Layer", [("ID", String(ids.next())), ("Type", "Body")])
        for item in page.items {
            switch item {
            case .text(let t): for o in textObjects(t, ids: &ids) { layer.addChild(o) }
            case .rule(let r): layer.addChild(rule(r, ids: &ids))
            case .box(let b): if let o = box(b, ids: &ids) { layer.addChild(o) }
            }
        }
        let root = OFDXML.element(
            "Page", [],
            [
                OFDXML.element("Area", [], [OFDXML.element("PhysicalBox", text: MM.list([0, 0, page.width, page.height]))]),
                OFDXML.element("Content", [], [layer]),
            ])
        return OFDXML.document(root)
    }

    /// A run of characters drawn as one TextObject: no whitespace inside (a reader's XML layer may
    /// trim it), and either every character maps to its glyph one to one or it is one cluster.
    struct Segment {
        var codes: [(Character, Double)] = []
        var glyphs: [UInt32] = []
        /// The glyph ids must be given (CGTransform): a character's glyph is not the one the
        /// font's cmap gives it, or a cluster is not one character to one glyph.
        var transform = false
        var oneToOne = true
    }

    /// Splits the shaped clusters into segments (see `Segment`).
    static func segments(_ t: GlyphText) -> [Segment] {
        var out: [Segment] = []
        var cur = Segment()
        func flush() {
            if !cur.codes.isEmpty { out.append(cur) }
            cur = Segment()
        }
        for c in t.clusters {
            let chars = Array(c.text)
            if chars.allSatisfy(\.isWhitespace) || c.glyphs.isEmpty || c.xs.count != chars.count {
                flush()  // spaces are not drawn; a cluster with no glyph has nothing to show
                continue
            }
            if chars.count == 1, c.glyphs.count == 1 {
                cur.codes.append((chars[0], c.xs[0]))
                cur.glyphs.append(c.glyphs[0])
                if !c.nominal { cur.transform = true }
            } else {
                flush()
                cur.codes = Array(zip(chars, c.xs))
                cur.glyphs = c.glyphs
                cur.transform = true
                cur.oneToOne = false
                flush()
            }
        }
        flush()
        return out
    }

    func textObjects(_ t: GlyphText, ids: inout UnitIDs) -> [XMLElement] {
        guard t.font >= 0, t.font < fontIDs.count else { return [] }
        return Self.segments(t).map { seg in
            let xs = seg.codes.map(\.1)
            let x0 = xs.min() ?? 0
            let x1 = xs.max() ?? 0
            // the boundary holds the em boxes with room for overhanging glyphs
            let left = x0 - t.size * 0.25
            let top = t.baseline - t.size * 1.2
            let width = x1 - x0 + t.size * 1.5
            let height = t.size * 1.5
            var attrs = [
                ("ID", String(ids.next())), ("Boundary", MM.list([left, top, width, height])), ("Font", String(fontIDs[t.font])),
                ("Size", MM.text(MM.mm(t.size))),
            ]
            if t.emboldened { attrs.append(("Weight", "700")) }
            var children = [OFDXML.element("FillColor", [("Value", Self.color(t.color))])]
            if seg.transform {
                children.append(
                    OFDXML.element(
                        "CGTransform",
                        [
                            ("CodePosition", "0"), ("CodeCount", String(seg.codes.count)),
                            ("GlyphCount", String(seg.glyphs.count)),
                        ], [OFDXML.element("Glyphs", text: seg.glyphs.map(String.init).joined(separator: " "))]))
            }
            // DeltaX: the composer's advance from each character to the next (justification,
            // grid and compressed punctuation kept as set)
            var code = [("X", MM.text(MM.mm(xs[0] - left))), ("Y", MM.text(MM.mm(t.baseline - top)))]
            if xs.count > 1 {
                code.append(("DeltaX", zip(xs.dropFirst(), xs).map { MM.text(MM.mm($0 - $1)) }.joined(separator: " ")))
            }
            children.append(OFDXML.element("TextCode", code, text: String(seg.codes.map(\.0))))
            return OFDXML.element("TextObject", attrs, children)
        }
    }

    /// A rule as the PDF paints it: a filled rectangle `thickness` tall centred on `y`.
    func rule(_ r: RuleFrame, ids: inout UnitIDs) -> XMLElement {
        OFDXML.element(
            "PathObject",
            [
                ("ID", String(ids.next())), ("Boundary", MM.list([r.x, r.y - r.thickness / 2, r.width, r.thickness])),
                ("Stroke", "false"), ("Fill", "true"),
            ],
            [
                OFDXML.element("FillColor", [("Value", Self.color(r.color))]),
                OFDXML.element("AbbreviatedData", text: Self.rectangle(0, 0, r.width, r.thickness)),
            ])
    }

    /// A table cell or chart bar: filled and/or stroked; the boundary takes in half the stroke.
    func box(_ b: BoxFrame, ids: inout UnitIDs) -> XMLElement? {
        guard b.fill != nil || b.stroke != nil else { return nil }
        let pad = b.stroke == nil ? 0 : b.lineWidth / 2
        var attrs = [("ID", String(ids.next())), ("Boundary", MM.list([b.x - pad, b.y - pad, b.width + 2 * pad, b.height + 2 * pad]))]
        if b.stroke != nil { attrs.append(("LineWidth", MM.text(MM.mm(b.lineWidth)))) }
        attrs += [("Stroke", b.stroke == nil ? "false" : "true"), ("Fill", b.fill == nil ? "false" : "true")]
        var children: [XMLElement] = []
        if let s = b.stroke { children.append(OFDXML.element("StrokeColor", [("Value", Self.color(s))])) }
        if let f = b.fill { children.append(OFDXML.element("FillColor", [("Value", Self.color(f))])) }
        children.append(OFDXML.element("AbbreviatedData", text: Self.rectangle(pad, pad, b.width, b.height)))
        return OFDXML.element("PathObject", attrs, children)
    }

    /// A closed rectangle path in the object's own coordinates (mm).
    static func rectangle(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> String {
        let l = MM.text(MM.mm(x))
        let t = MM.text(MM.mm(y))
        let r = MM.text(MM.mm(x + w))
        let b = MM.text(MM.mm(y + h))
        return "M \(l) \(t) L \(r) \(t) L \(r) \(b) L \(l) \(b) C"
    }

    /// `R G B`, 0–255, in the document's default RGB colour space.
    static func color(_ c: RGB) -> String {
        [c.r, c.g, c.b].map { String(Int((min(max($0, 0), 1) * 255).rounded())) }.joined(separator: " ")
    }
}
