import Foundation
import ZIPFoundation

/// Writes one worksheet as a minimal .xlsx workbook: a bold header row, inline strings, numbers
/// as numbers, frozen header. Deterministic: the zip entries carry the date given, not the clock.
public enum XLSXWriter {
    /// A cell to write.
    public enum Cell: Sendable, Equatable {
        /// Text.
        case text(String)
        /// A number as decimal digits (`12`, `-3.5`); written as text when it is not a plain decimal.
        case number(String)
        /// Nothing.
        case empty
    }

    /// The workbook bytes.
    /// - Parameters:
    ///   - sheetName: worksheet name (at most 31 characters; `[]:*?/\` are replaced).
    ///   - modified: the date stamped on the zip entries.
    public static func workbook(
        header: [String], rows: [[Cell]], sheetName: String, columnWidths: [Double] = [], modified: Date
    ) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pns = "http://schemas.openxmlformats.org/package/2006/relationships"
        try add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>
            """)
        try add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(pns)"><Relationship Id="rId1" Type="\(rns)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        try add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(ns)" xmlns:r="\(rns)"><sheets><sheet name="\(escape(safeName(sheetName)))" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(pns)">\
            <Relationship Id="rId1" Type="\(rns)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(rns)/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        try add(
            "xl/styles.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="\(ns)">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """)
        var sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="\(ns)" xmlns:r="\(rns)">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            """
        if !columnWidths.isEmpty {
            sheet += "<cols>"
            for (i, w) in columnWidths.enumerated() {
                // Excel's column widths are 0…255 characters; anything else (NaN, inf) is left to Excel.
                guard w.isFinite, (0...255).contains(w) else { continue }
                sheet += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" customWidth="1"/>"#
            }
            sheet += "</cols>"
        }
        sheet += "<sheetData>"
        let all: [[Cell]] = [header.map { Cell.text($0) }] + rows
        for (r, row) in all.enumerated() {
            sheet += #"<row r="\#(r + 1)">"#
            for (c, cell) in row.enumerated() {
                let ref = SheetLimits.columnName(c) + String(r + 1)
                let style = r == 0 ? #" s="1""# : ""
                switch cell {
                case .empty: continue
                case .number(let digits) where isPlainNumber(digits):
                    sheet += #"<c r="\#(ref)"\#(style)><v>\#(digits)</v></c>"#
                case .number(let text), .text(let text):
                    sheet +=
                        #"<c r="\#(ref)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        try add("xl/worksheets/sheet1.xml", sheet)
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func isPlainNumber(_ s: String) -> Bool {
        var body = Substring(s)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return !body.isEmpty && parts.count <= 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    static func safeName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        return String(cleaned.prefix(31))
    }

    /// Spliced text is escaped by the one XML escaper of this module (see XMLTree.swift for why
    /// the parts are templates, not an encoder's output).
    static func escape(_ s: String) -> String { XMLEvents.escape(s) }
}
