import PaintedPages

/// One embedded face as a PDF Type 0 font: Identity-H codes are the face's CIDs (its glyph ids, or
/// a CID-keyed CFF's CIDs), widths from its advances, the outlines embedded, and a ToUnicode map
/// from the text each glyph was shaped from.
struct PDFFont {
    let font: EmbeddedFont
    let program: OpenTypeFont
    /// Glyph widths in thousandths of an em, as written in /W (content streams place glyphs with
    /// these same numbers).
    let widths: [Double]
    /// `ABCDEF+FontName`.
    let baseFont: String

    init(_ font: EmbeddedFont) throws(PDFFile.WriteError) {
        self.font = font
        do { program = try OpenTypeFont(font.data) } catch {
            throw PDFFile.WriteError(description: "cannot embed font '\(font.fontName)': \(error.description)")
        }
        let scale = 1000 / Double(program.unitsPerEm)
        widths = program.advances.map { Double(PDFBytes.thousandths(Double($0) * scale)) / 1000 }
        let name = font.fontName.isEmpty ? font.familyName : font.fontName
        // a subset's name carries the usual tag (PDF 32000-1, 9.6.4); a whole face's does not
        let plain = String(name.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F && $0 != "/" })
        baseFont = font.isSubset ? Self.tag(font.data, name) + "+" + plain : plain
    }

    /// The usual six-letter subset tag, from the face's bytes (the same subset always gets the same tag).
    static func tag(_ data: [UInt8], _ name: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        var out = ""
        for _ in 0..<6 {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(65 + h % 26)))
            h /= 26
        }
        return out
    }

    /// The objects `first` … `first + 4`: Type 0 font, CIDFont, descriptor, font file, ToUnicode.
    func objects(first: Int, toUnicode: [String?]) throws(PDFFile.WriteError) -> [PDFObject] {
        let p = program
        let scale = 1000 / Double(p.unitsPerEm)
        var type0 = PDFBytes()
        type0.write("<</Type/Font/Subtype/Type0/BaseFont")
        type0.name(baseFont)
        type0.write("/Encoding/Identity-H/DescendantFonts[")
        type0.int(first + 1)
        type0.write(" 0 R]/ToUnicode ")
        type0.int(first + 4)
        type0.write(" 0 R>>")

        var cid = PDFBytes()
        cid.write(p.outlines == .trueType ? "<</Type/Font/Subtype/CIDFontType2/BaseFont" : "<</Type/Font/Subtype/CIDFontType0/BaseFont")
        cid.name(baseFont)
        cid.write("/CIDSystemInfo<</Registry")
        cid.text(p.registry?.0 ?? "Adobe")
        cid.write("/Ordering")
        cid.text(p.registry?.1 ?? "Identity")
        cid.write("/Supplement ")
        cid.int(p.registry?.2 ?? 0)
        cid.write(">>/FontDescriptor ")
        cid.int(first + 2)
        cid.write(" 0 R")
        if p.outlines == .trueType { cid.write("/CIDToGIDMap/Identity") }
        writeWidths(&cid)
        cid.write(">>")

        var descriptor = PDFBytes()
        descriptor.write("<</Type/FontDescriptor/FontName")
        descriptor.name(baseFont)
        // Symbolic: the glyphs are reached by CID, not by a standard encoding
        descriptor.write("/Flags 4/FontBBox[")
        for (k, v) in p.bbox.enumerated() {
            if k > 0 { descriptor.byte(32) }
            descriptor.number(Double(v) * scale)
        }
        descriptor.write("]/ItalicAngle ")
        descriptor.number(p.italicAngle)
        descriptor.write("/Ascent ")
        descriptor.number(Double(p.ascender) * scale)
        descriptor.write("/Descent ")
        descriptor.number(Double(p.descender) * scale)
        // a face without an OS/2 cap height (the Fandol faces) gets its bbox top, as cairo gave it
        descriptor.write("/CapHeight ")
        descriptor.number(Double(p.capHeight > 0 ? p.capHeight : p.bbox[3]) * scale)
        descriptor.write("/StemV 80")
        descriptor.write(p.outlines == .trueType ? "/FontFile2 " : "/FontFile3 ")
        descriptor.int(first + 3)
        descriptor.write(" 0 R>>")

        let file: PDFObject
        switch p.outlines {
        case .cff(let range):
            file = try PDFObject.stream(Array(font.data[range]), extra: "/Subtype/CIDFontType0C", what: baseFont)
        case .trueType:
            var extra = PDFBytes()
            extra.write("/Length1 ")
            extra.int(font.data.count)
            file = try PDFObject.stream(font.data, extra: String(decoding: extra.bytes, as: UTF8.self), what: baseFont)
        case .openType:
            file = try PDFObject.stream(font.data, extra: "/Subtype/OpenType", what: baseFont)
        }
        let cmap = try PDFObject.stream(toUnicodeCMap(toUnicode), extra: "", what: baseFont + " ToUnicode")
        return [PDFObject(type0.bytes), PDFObject(cid.bytes), PDFObject(descriptor.bytes), file, cmap]
    }

    /// /DW (the commonest width) and /W for the glyphs whose width differs, runs of consecutive CIDs together.
    func writeWidths(_ out: inout PDFBytes) {
        var counts: [Double: Int] = [:]
        for w in widths { counts[w, default: 0] += 1 }
        let common = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 1000
        out.write("/DW ")
        out.number(common)
        let others = widths.indices.filter { widths[$0] != common }.map { (cid: program.cid($0), width: widths[$0]) }
            .sorted { $0.cid < $1.cid }
        guard !others.isEmpty else { return }
        out.write("/W[")
        var k = 0
        while k < others.count {
            var end = k + 1
            while end < others.count, others[end].cid == others[end - 1].cid + 1 { end += 1 }
            if k > 0 { out.byte(32) }
            out.int(others[k].cid)
            out.byte(UInt8(ascii: "["))
            for j in k..<end {
                if j > k { out.byte(32) }
                out.number(others[j].width)
            }
            out.byte(UInt8(ascii: "]"))
            k = end
        }
        out.byte(UInt8(ascii: "]"))
    }

    /// A ToUnicode CMap: each CID to the text its glyph was shaped from (glyphs never shown alone,
    /// or shown for two texts, are covered by ActualText in the content streams).
    func toUnicodeCMap(_ texts: [String?]) -> [UInt8] {
        var entries: [(cid: Int, text: String)] = []
        for (g, t) in texts.enumerated() {
            if let t, !t.isEmpty { entries.append((program.cid(g), t)) }
        }
        entries.sort { $0.cid < $1.cid }
        var out = PDFBytes(capacity: 200 + entries.count * 16)
        out.write(
            """
            /CIDInit/ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def
            /CMapName/Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000><FFFF>
            endcodespacerange

            """)
        // at most 100 entries per block (PDF 32000-1, 9.10.3)
        var k = 0
        while k < entries.count {
            let block = entries[k..<min(k + 100, entries.count)]
            out.int(block.count)
            out.write(" beginbfchar\n")
            for e in block {
                out.byte(UInt8(ascii: "<"))
                out.hex16(UInt16(truncatingIfNeeded: e.cid))
                out.write("><")
                out.utf16Hex(e.text)
                out.write(">\n")
            }
            out.write("endbfchar\n")
            k += 100
        }
        out.write("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n")
        return out.bytes
    }
}
