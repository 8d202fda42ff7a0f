import Foundation
import Typesetting

/// The package's fixed parts and the section: content types, relationships, properties,
/// settings, footers and the page (`w:sectPr`).
struct WordParts {
    let layout: Layout
    let grid: WordGrid
    let metadata: DocumentMetadata

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"

    func contentTypes(images: Bool) -> String {
        let ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var s = XMLText.declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        s += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        s += #"<Default Extension="xml" ContentType="application/xml"/>"#
        if images { s += #"<Default Extension="png" ContentType="image/png"/>"# }
        s += #"<Override PartName="/word/document.xml" ContentType="\#(ct).document.main+xml"/>"#
        s += #"<Override PartName="/word/styles.xml" ContentType="\#(ct).styles+xml"/>"#
        s += #"<Override PartName="/word/settings.xml" ContentType="\#(ct).settings+xml"/>"#
        s += #"<Override PartName="/word/fontTable.xml" ContentType="\#(ct).fontTable+xml"/>"#
        s += #"<Override PartName="/word/footer1.xml" ContentType="\#(ct).footer+xml"/>"#
        s += #"<Override PartName="/word/footer2.xml" ContentType="\#(ct).footer+xml"/>"#
        s += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        s +=
            #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return s + "</Types>"
    }

    static let packageRelationships =
        XMLText.declaration + #"<Relationships xmlns="\#(pkg)">"#
        + #"<Relationship Id="rId1" Type="\#(r)/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="\#(r)/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    static let appProperties =
        XMLText.declaration
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tongbao</Application></Properties>"#

    func documentRelationships(images: Int) -> String {
        var s = XMLText.declaration + #"<Relationships xmlns="\#(Self.pkg)">"#
        s += #"<Relationship Id="rIdStyles" Type="\#(Self.r)/styles" Target="styles.xml"/>"#
        s += #"<Relationship Id="rIdSettings" Type="\#(Self.r)/settings" Target="settings.xml"/>"#
        s += #"<Relationship Id="rIdFonts" Type="\#(Self.r)/fontTable" Target="fontTable.xml"/>"#
        s += #"<Relationship Id="rIdFooterOdd" Type="\#(Self.r)/footer" Target="footer1.xml"/>"#
        s += #"<Relationship Id="rIdFooterEven" Type="\#(Self.r)/footer" Target="footer2.xml"/>"#
        if images > 0 {
            for n in 1...images {
                s += #"<Relationship Id="rIdChart\#(n)" Type="\#(Self.r)/image" Target="media/chart\#(n).png"/>"#
            }
        }
        return s + "</Relationships>"
    }

    /// Title, author, subject, keywords and date, as the PDF's metadata.
    func coreProperties() -> String {
        var s = XMLText.declaration
        s += #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
        s += #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
        s += #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        let author = metadata.author.isEmpty ? layout.furniture.officeName : metadata.author
        s += "<dc:title>" + XMLText.escape(metadata.title) + "</dc:title>"
        if !metadata.subject.isEmpty { s += "<dc:subject>" + XMLText.escape(metadata.subject) + "</dc:subject>" }
        if !author.isEmpty { s += "<dc:creator>" + XMLText.escape(author) + "</dc:creator>" }
        if !metadata.keywords.isEmpty { s += "<cp:keywords>" + XMLText.escape(metadata.keywords) + "</cp:keywords>" }
        let date = ISO8601DateFormatter().string(from: DocxWriter.stamp(metadata))
        s += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(date)</dcterms:created>"#
        s += #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(date)</dcterms:modified>"#
        return s + "</cp:coreProperties>"
    }

    /// Odd and even footers differ; punctuation is compressed (标点挤压) as in the PDF.
    func settings() -> String {
        var s = XMLText.declaration + #"<w:settings xmlns:w="\#(Self.w)">"#
        s += XMLText.val("w:defaultTabStop", String(WordUnits.twips(pt: grid.charPitch * 2)))
        s += "<w:evenAndOddHeaders/>"
        s += XMLText.val("w:characterSpacingControl", "compressPunctuation")
        s +=
            #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        return s + "</w:settings>"
    }

    /// `— N —` in the layout's format, odd pages right and even pages left, one character in
    /// (`position = "center"` or `"right"` put both the same way).
    func footer(odd: Bool) -> String {
        var s = XMLText.declaration + #"<w:ftr xmlns:w="\#(Self.w)" xmlns:r="\#(Self.r)">"#
        guard layout.parts.pageNumbers else { return s + #"<w:p><w:pPr><w:pStyle w:val="PageNumber"/></w:pPr></w:p></w:ftr>"# }
        let st = layout.style("page_number")
        let inset = WordUnits.twips(pt: st.indent * st.size)
        var p = WordParagraph(style: WordStyles.id("page_number"))
        let format = layout.pageNumber.format
        if let range = format.range(of: "{n}") {
            p.runs = [
                .text(String(format[..<range.lowerBound]), characterStyle: nil), .pageField,
                .text(String(format[range.upperBound...]), characterStyle: nil),
            ]
        } else {
            p.runs = [.text(format, characterStyle: nil)]
        }
        switch layout.pageNumber.position {
        case "center": p.justification = "center"
        case "right":
            p.justification = "right"
            p.rightIndent = inset
        default:
            p.justification = odd ? "right" : "left"
            if odd { p.rightIndent = inset } else { p.leftIndent = inset }
        }
        return s + p.xml + "</w:ftr>"
    }

    /// Distance from the page's foot to the footer's foot that puts the page number's dash
    /// `below_block_mm` under the block: the footer's one exact line is `[page_number]
    /// line_height_em`, its baseline about 1 em from its top and the dash 0.38 em above the baseline.
    var footerDistance: Int {
        let st = layout.style("page_number")
        let dash = layout.page.blockTop + layout.page.blockHeight + layout.pageNumber.belowBlockMM * Units.ptPerMM
        let footerBottom = dash + 0.38 * st.size + (layout.pageNumber.lineHeightEm - 1) * st.size
        return max(0, WordUnits.twips(pt: layout.page.height - footerBottom))
    }

    func document(body: String) -> String {
        var s = XMLText.declaration
        s += #"<w:document xmlns:w="\#(Self.w)" xmlns:r="\#(Self.r)" "#
        s += #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
        s += #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
        s += #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>"#
        s += body
        let p = layout.page
        s += "<w:sectPr>"
        s += #"<w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>"#
        var size = [("w:w", String(WordUnits.twips(mm: p.widthMM))), ("w:h", String(WordUnits.twips(mm: p.heightMM)))]
        if p.widthMM > p.heightMM { size.append(("w:orient", "landscape")) }  // the A3 meeting layout
        s += XMLText.element("w:pgSz", size)
        s += XMLText.element(
            "w:pgMar",
            [
                ("w:top", String(WordUnits.twips(mm: p.marginTopMM))), ("w:right", String(WordUnits.twips(mm: p.marginRightMM))),
                ("w:bottom", String(WordUnits.twips(mm: p.marginBottomMM))), ("w:left", String(WordUnits.twips(mm: p.marginLeftMM))),
                ("w:header", "851"), ("w:footer", String(footerDistance)), ("w:gutter", "0"),
            ])
        s += XMLText.element("w:cols", [("w:space", "425")])
        s += XMLText.element(
            "w:docGrid", [("w:type", "linesAndChars"), ("w:linePitch", String(grid.linePitch)), ("w:charSpace", String(grid.charSpace))])
        s += "</w:sectPr></w:body></w:document>"
        return s
    }
}
