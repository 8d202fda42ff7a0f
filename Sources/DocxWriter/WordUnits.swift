import Typesetting

/// WordprocessingML units from the layout's points and millimetres.
enum WordUnits {
    /// Twentieths of a point (twips), the unit of page sizes, margins, indents and line pitch.
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }
    static func twips(mm: Double) -> Int { twips(pt: mm * Units.ptPerMM) }
    /// Half-points, the unit of font sizes.
    static func halfPoints(_ pt: Double) -> Int { max(2, Int((pt * 2).rounded())) }
    /// Eighths of a point, the unit of border widths (Word accepts 2…96).
    static func eighths(mm: Double) -> Int { min(96, max(2, Int((mm * Units.ptPerMM * 8).rounded()))) }
    /// English metric units (914 400 per inch), the unit of drawing extents.
    static func emu(pt: Double) -> Int { Int((pt * 12_700).rounded()) }
    /// `RRGGBB` for a colour name of the layout.
    static func hex(_ rgb: RGB) -> String {
        func c(_ v: Double) -> String {
            let n = Int((min(1, max(0, v)) * 255).rounded())
            let h = String(n, radix: 16, uppercase: true)
            return h.count == 1 ? "0" + h : h
        }
        return c(rgb.r) + c(rgb.g) + c(rgb.b)
    }
}

/// The document grid (文档网格) as Word and WPS define it, from the layout's grid.
struct WordGrid {
    /// Text block width and height in twips, from the integer margins Word stores.
    let blockWidth: Int
    let blockHeight: Int
    /// Line pitch in twips.
    let linePitch: Int
    /// `w:charSpace`: the character pitch's difference from the default font size, in 1/4096 pt.
    let charSpace: Int
    /// Character pitch in points.
    let charPitch: Double
    /// Line pitch in points.
    var linePitchPoints: Double { Double(linePitch) / 20 }

    init(layout: Layout) {
        let p = layout.page
        let w = WordUnits.twips(mm: p.widthMM) - WordUnits.twips(mm: p.marginLeftMM) - WordUnits.twips(mm: p.marginRightMM)
        let h = WordUnits.twips(mm: p.heightMM) - WordUnits.twips(mm: p.marginTopMM) - WordUnits.twips(mm: p.marginBottomMM)
        blockWidth = w
        blockHeight = h
        let lines = max(1, layout.grid.linesPerPage)
        // Word, WPS and LibreOffice give every grid line a whole pitch cell and fit
        // floor(block height / pitch) lines, so 22 lines need a pitch of at most block/22: the
        // 28.95 pt office templates use. The PDF's pitch (22 em boxes filling the block, 29.61 pt)
        // would give 21 lines there. A layout's smaller pitch is kept.
        let cell = Int((Double(h) / Double(lines)).rounded(.down))
        let wanted = layout.grid.linePitch.map { WordUnits.twips(pt: $0) } ?? cell
        linePitch = min(wanted, cell)
        let chars = max(1, layout.grid.charsPerLine)
        charPitch = Double(w) / 20 / Double(chars)
        // rounded down so floor(width / pitch) is exactly chars_per_line, not one less
        charSpace = Int(((charPitch - layout.grid.bodySize) * 4096).rounded(.down))
    }
}
