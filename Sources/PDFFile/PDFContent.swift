import PaintedPages
import Typesetting

/// One page's content stream: rules and boxes as filled or stroked rectangles, text as Identity-H
/// CIDs in TJ arrays whose numbers put every glyph at the x the composer chose (tenths of a
/// thousandth of an em: at most 0.0008 pt off at 三号, and each glyph is placed from where the
/// previous one really ended, so nothing adds up along a line).
///
/// Coordinates come in from the top left (the frames'). As cairo's PDF surface did, each page
/// turns PDF's space upside down (`1 0 0 -1 0 height cm`) and writes them as they are, so rules,
/// boxes and baselines are rounded where cairo rounded them (a thin rule's pixel row then comes
/// out where it did), and the text matrix turns the glyphs upright again.
struct PDFContent {
    let fonts: [PDFFont]
    /// Per font and glyph, the text its ToUnicode entry gives (nil: none).
    let toUnicode: [[String?]]

    func stream(_ page: PaintedPage) throws(PDFFile.WriteError) -> [UInt8] {
        var w = Writer()
        w.out.write("1 0 0 -1 0 ")
        w.out.precise(page.height)
        w.out.write(" cm\n")
        for item in page.items {
            switch item {
            case .rule(let r):
                w.endText()
                w.fill(r.color)
                w.rectangle(x: r.x, top: r.y - r.thickness / 2, width: r.width, height: r.thickness)
                w.out.write(" f\n")
            case .box(let b):
                guard b.fill != nil || b.stroke != nil else { continue }
                w.endText()
                if let f = b.fill { w.fill(f) }
                if let s = b.stroke {
                    w.stroke(s)
                    w.lineWidth(b.lineWidth)
                }
                w.rectangle(x: b.x, top: b.y, width: b.width, height: b.height)
                w.out.write(b.fill == nil ? " S\n" : b.stroke == nil ? " f\n" : " B\n")
            case .text(let t):
                try text(t, &w)
            }
        }
        w.endText()
        return w.out.bytes
    }

    func text(_ t: GlyphText, _ w: inout Writer) throws(PDFFile.WriteError) {
        guard t.font >= 0, t.font < fonts.count else {
            throw PDFFile.WriteError(description: "text in font \(t.font), which is not embedded")
        }
        let font = fonts[t.font]
        let texts = toUnicode[t.font]
        w.beginText()
        w.font(t.font, size: t.size)
        w.fill(t.color)
        // Synthetic bold as FreeType draws it for cairo (FT_GlyphSlot_Embolden): the outline grows
        // by 1/24 em, half on each side, and moves right and up by half of that; stroking the
        // glyph with a line 1/24 em wide grows it the same way.
        let shift: Double
        if t.emboldened {
            w.renderMode(2)
            w.stroke(t.color)
            w.lineWidth(t.size / 24)
            shift = t.size / 48
        } else {
            w.renderMode(0)
            shift = 0
        }
        // text space: y up (the text matrix undoes the page's flip)
        let baseline = -t.baseline + shift
        for c in t.clusters {
            // the text a reader extracts: the glyph's ToUnicode entry, or else an ActualText span
            let actual: Bool
            if c.glyphs.count == 1 {
                let g = Int(c.glyphs[0])
                actual = !c.text.isEmpty && g < texts.count && texts[g] != c.text
            } else {
                actual = !c.text.isEmpty
            }
            if actual { w.beginActualText(c.text) }
            let x0 = c.xs.first ?? w.pen
            for (k, glyph) in c.glyphs.enumerated() {
                let g = Int(glyph)
                guard g < font.widths.count else {
                    throw PDFFile.WriteError(description: "glyph \(g) is not in font '\(font.font.fontName)'")
                }
                let offset = k < c.offsets.count ? c.offsets[k] : GlyphOffset(dx: 0, dy: 0)
                w.show(
                    cid: font.program.cid(g), width: font.widths[g], x: x0 + offset.dx + shift, y: baseline - offset.dy,
                    size: t.size)
            }
            if actual { w.endActualText() }
        }
    }

    /// The operator stream and the graphics state it has set, so that nothing is said twice.
    struct Writer {
        var out = PDFBytes(capacity: 16_384)
        var inText = false
        /// A TJ array is open, and within it a hex string.
        var inArray = false
        var inString = false
        /// The text line matrix's origin (thousandths of a point), set by Td.
        var lineX = 0
        var lineY = 0
        /// Where the next glyph of the open TJ array would go (pt) and its baseline.
        var pen = 0.0
        var penY = 0
        var fontIndex = -1
        var fontSize = -1.0
        var fillColor: Ink? = nil
        var strokeColor: Ink? = nil
        var width = 1.0
        var mode = 0

        mutating func beginText() {
            guard !inText else { return }
            out.write("BT\n1 0 0 -1 0 0 Tm\n")
            inText = true
            lineX = 0
            lineY = 0
        }

        mutating func endText() {
            guard inText else { return }
            closeArray()
            out.write("ET\n")
            inText = false
        }

        mutating func closeArray() {
            if inString {
                out.byte(UInt8(ascii: ">"))
                inString = false
            }
            if inArray {
                out.write("]TJ\n")
                inArray = false
            }
        }

        mutating func font(_ index: Int, size: Double) {
            guard index != fontIndex || size != fontSize else { return }
            closeArray()
            out.write("/F")
            out.int(index)
            out.byte(32)
            out.number(size)
            out.write(" Tf\n")
            fontIndex = index
            fontSize = size
        }

        /// A colour in thousandths, as written.
        struct Ink: Equatable {
            var r: Int
            var g: Int
            var b: Int

            init(_ c: RGB) {
                r = PDFBytes.thousandths(min(max(c.r, 0), 1))
                g = PDFBytes.thousandths(min(max(c.g, 0), 1))
                b = PDFBytes.thousandths(min(max(c.b, 0), 1))
            }
        }

        mutating func fill(_ c: RGB) {
            let v = Ink(c)
            guard v != fillColor else { return }
            closeArray()
            color(v)
            out.write(" rg\n")
            fillColor = v
        }

        mutating func stroke(_ c: RGB) {
            let v = Ink(c)
            guard v != strokeColor else { return }
            closeArray()
            color(v)
            out.write(" RG\n")
            strokeColor = v
        }

        mutating func color(_ v: Ink) {
            out.fixed(v.r, scale: 1000)
            out.byte(32)
            out.fixed(v.g, scale: 1000)
            out.byte(32)
            out.fixed(v.b, scale: 1000)
        }

        mutating func lineWidth(_ w: Double) {
            guard PDFBytes.thousandths(w) != PDFBytes.thousandths(width) else { return }
            closeArray()
            out.number(w)
            out.write(" w\n")
            width = w
        }

        mutating func renderMode(_ m: Int) {
            guard m != mode else { return }
            closeArray()
            out.int(m)
            out.write(" Tr\n")
            mode = m
        }

        /// `x y w h re` (the page's y runs down).
        mutating func rectangle(x: Double, top: Double, width w: Double, height h: Double) {
            out.number(x)
            out.byte(32)
            out.number(top)
            out.byte(32)
            out.number(w)
            out.byte(32)
            out.number(h)
            out.write(" re")
        }

        mutating func beginActualText(_ text: String) {
            closeArray()
            out.write("/Span<</ActualText")
            out.text(text)
            out.write(">>BDC\n")
        }

        mutating func endActualText() {
            closeArray()
            out.write("EMC\n")
        }

        /// One glyph with its origin at (x, y) (pt, text space: y up).
        mutating func show(cid: Int, width: Double, x: Double, y: Double, size: Double) {
            let tx = PDFBytes.thousandths(x)
            let ty = PDFBytes.thousandths(y)
            if inArray, ty == penY {
                // TJ moves the pen back by n/1000 em: n is where the pen is less where the glyph goes
                let n = PDFBytes.round((pen - Double(tx) / 1000) * 10_000 / size)
                if n != 0 {
                    if inString {
                        out.byte(UInt8(ascii: ">"))
                        inString = false
                    }
                    out.fixed(n, scale: 10)
                    pen -= Double(n) * size / 10_000
                }
            } else {
                closeArray()
                out.fixed(tx - lineX, scale: 1000)
                out.byte(32)
                out.fixed(ty - lineY, scale: 1000)
                out.write(" Td[")
                lineX = tx
                lineY = ty
                pen = Double(tx) / 1000
                penY = ty
                inArray = true
            }
            if !inString {
                out.byte(UInt8(ascii: "<"))
                inString = true
            }
            out.hex16(UInt16(truncatingIfNeeded: cid))
            pen += width * size / 1000
        }
    }
}
