import Foundation
import TableFiles
import ZIPFoundation

/// The review sheet as an .xlsx: a bold frozen header, set column widths, wrapped text, the
/// source columns greyed (grey fill, grey text) so the clerk sees what to edit and what to read.
/// TableFiles' writer has no cell styles; the structure here is the same SpreadsheetML.
enum ReviewWorkbook {
    static func escape(_ s: String) -> String { xmlEscaped(s) }

    static func data(
        sheetName: String, header: [String], rows: [[String]], widths: [Double], greyColumns: Set<Int>, modified: Date
    ) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified, compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pns = "http://schemas.openxmlformats.org/package/2006/relationships"
        let decl = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        let font = escape(Review.wording["font"])
        try add(
            "[Content_Types].xml",
            decl + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
                + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
                + #"<Default Extension="xml" ContentType="application/xml"/>"#
                + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
                + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
                + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
                + "</Types>")
        try add(
            "_rels/.rels",
            decl
                + #"<Relationships xmlns="\#(pns)"><Relationship Id="rId1" Type="\#(rns)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        )
        try add(
            "xl/workbook.xml",
            decl
                + #"<workbook xmlns="\#(ns)" xmlns:r="\#(rns)"><sheets><sheet name="\#(escape(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        )
        try add(
            "xl/_rels/workbook.xml.rels",
            decl + #"<Relationships xmlns="\#(pns)"><Relationship Id="rId1" Type="\#(rns)/worksheet" Target="worksheets/sheet1.xml"/>"#
                + #"<Relationship Id="rId2" Type="\#(rns)/styles" Target="styles.xml"/></Relationships>"#)
        // xf 0 default; 1 header (bold, grey fill, wrapped); 2 editable (wrapped, top); 3 source (grey)
        try add(
            "xl/styles.xml",
            decl + #"<styleSheet xmlns="\#(ns)">"#
                + #"<fonts count="3"><font><sz val="11"/><name val="\#(font)"/><charset val="134"/></font><font><b/><sz val="11"/><name val="\#(font)"/><charset val="134"/></font><font><sz val="10"/><color rgb="FF7F7F7F"/><name val="\#(font)"/><charset val="134"/></font></fonts>"#
                + #"<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
                + #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>"#
                + #"<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>"#
                + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
                + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4">"#
                + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
                + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
                + #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
                + #"<xf numFmtId="49" fontId="2" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
                + #"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#)
        var sheet = decl + #"<worksheet xmlns="\#(ns)" xmlns:r="\#(rns)">"#
        sheet +=
            #"<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>"#
        sheet += "<cols>"
        for (i, w) in widths.enumerated() {
            let style = greyColumns.contains(i) ? 3 : 2
            sheet += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" style="\#(style)" customWidth="1"/>"#
        }
        sheet += "</cols><sheetData>"
        for (r, row) in ([header] + rows).enumerated() {
            sheet += #"<row r="\#(r + 1)">"#
            for (c, text) in row.enumerated() {
                let style = r == 0 ? 1 : (greyColumns.contains(c) ? 3 : 2)
                let ref = SheetLimits.columnName(c) + String(r + 1)
                if text.isEmpty {
                    sheet += #"<c r="\#(ref)" s="\#(style)"/>"#
                } else {
                    sheet += #"<c r="\#(ref)" s="\#(style)" t="inlineStr"><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData>"
        sheet += #"<autoFilter ref="A1:\#(SheetLimits.columnName(header.count - 1))\#(rows.count + 1)"/>"#
        sheet += "</worksheet>"
        try add("xl/worksheets/sheet1.xml", sheet)
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
