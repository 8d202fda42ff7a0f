import Foundation
import TableFiles
import Testing
import ZIPFoundation

@testable import ReportStore

/// Builds small workbooks in memory, the way Excel and WPS write them, and reads them back.
@Suite struct XLSXReaderTests {
    static func workbook(sheet: String, shared: [String] = [], date1904: Bool = false, styles: String? = nil) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add(
            "[Content_Types].xml",
            #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        try add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(ns)" xmlns:r="\(rns)">\(date1904 ? #"<workbookPr date1904="1"/>"# : "")
            <sheets><sheet name="台账" sheetId="1" r:id="rId7"/><sheet name="说明" sheetId="2" r:id="rId8"/></sheets></workbook>
            """)
        try add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId8" Type="\(rns)/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId7" Type="\(rns)/worksheet" Target="worksheets/ledger.xml"/>
            </Relationships>
            """)
        try add(
            "xl/worksheets/sheet1.xml",
            #"<worksheet xmlns="\#(ns)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>"#
        )
        try add("xl/worksheets/ledger.xml", #"<worksheet xmlns="\#(ns)"><sheetData>\#(sheet)</sheetData></worksheet>"#)
        if !shared.isEmpty {
            let items = shared.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
            try add("xl/sharedStrings.xml", #"<sst xmlns="\#(ns)" count="\#(shared.count)">\#(items)</sst>"#)
        }
        try add(
            "xl/styles.xml",
            styles
                ?? """
                <styleSheet xmlns="\(ns)">
                <numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
                <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="2"/></cellXfs>
                </styleSheet>
                """)
        return try #require(archive.data)
    }

    static let ledgerSheet = """
        <row r="1"><c r="A1" t="s"><v>0</v></c></row>
        <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c>\
        <c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c><c r="F3" t="s"><v>6</v></c><c r="G3" t="s"><v>7</v></c></row>
        <row r="4"><c r="A4" t="s"><v>8</v></c><c r="B4" t="inlineStr"><is><r><t>石佛</t></r><r><t>办事处</t></r></is></c>\
        <c r="C4" t="s"><v>9</v></c><c r="D4" s="1"><v>43052</v></c><c r="E4" s="2"><v>43059</v></c>\
        <c r="F4" t="s"><v>10</v></c><c r="G4"><v>2</v></c></row>
        <row r="5"></row>
        <row r="6"><c r="A6" t="str"><f>"DC-"&amp;"002"</f><v>DC-002</v></c><c r="B6" t="s"><v>11</v></c>\
        <c r="C6" t="s"><v>9</v></c><c r="D6"><v>43053</v></c><c r="F6" t="s"><v>12</v></c></row>
        """
    static let ledgerShared = [
        "示例台账（虚构数据）", "编号", "区域", "类别", "发现日期", "整改期限", "整改状态", "通报次数", "DC-001", "扬尘", "整改中",
        "梧桐办事处", "已整改",
    ]

    @Test func firstSheetSharedAndInlineStringsDatesAndRowNumbers() throws {
        let data = try Self.workbook(sheet: Self.ledgerSheet, shared: Self.ledgerShared)
        let sheet = try XLSXReader.parse(data, file: "台账.xlsx")
        #expect(sheet.header == ["示例台账（虚构数据）"])
        #expect(sheet.rows.map(\.line) == [3, 4, 6])
        #expect(sheet.rows[0].cells == ["编号", "区域", "类别", "发现日期", "整改期限", "整改状态", "通报次数"])
        // Date-formatted serials become ISO dates; a plain number stays a number.
        #expect(sheet.rows[1].cells == ["DC-001", "石佛办事处", "扬尘", "2017-11-13", "2017-11-20", "整改中", "2"])
        #expect(sheet.rows[2].cells == ["DC-002", "梧桐办事处", "扬尘", "43053", "", "已整改"])
    }

    @Test func anXLSXLedgerImportsLikeACSVOne() throws {
        let data = try Self.workbook(sheet: Self.ledgerSheet, shared: Self.ledgerShared)
        let parsed = LedgerReader.read(try XLSXReader.parse(data, file: "台账.xlsx"), file: "台账.xlsx")
        #expect(parsed.diagnostics == [])
        #expect(parsed.entries.map(\.line) == [4, 6])
        #expect(parsed.entries.map(\.problem.foundOn.iso) == ["2017-11-13", "2017-11-14"])
        #expect(parsed.entries[0].problem.deadline?.iso == "2017-11-20")
        #expect(parsed.entries[0].problem.timesNotified == 2)

        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        #expect(try store.importLedger(file: "台账.xlsx", contentHash: SHA256.hex(data), entries: parsed.entries) == .new)
        #expect(try store.ledger(for: Fixtures.week("2017-W46")).new.map(\.id) == ["DC-001", "DC-002"])
    }

    @Test func numbersBooleansAnd1904Dates() throws {
        let sheet = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>c</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>
            <row r="2"><c r="A2"><v>0.30000000000000004</v></c><c r="B2" t="b"><v>1</v></c>\
            <c r="C2" s="1"><v>0</v></c><c r="D2" s="1"><v>43052.5</v></c></row>
            <row r="3"><c><v>12.5</v></c><c><v>-3</v></c><c t="e"><v>#N/A</v></c></row>
            """
        let data = try Self.workbook(sheet: sheet, date1904: true)
        let t = try XLSXReader.parse(data, file: "x.xlsx")
        #expect(t.header == ["a", "b", "c", "d"])
        #expect(t.rows[0].cells == ["0.3", "TRUE", "1904-01-01", "2021-11-14 12:00"])
        #expect(t.rows[1].cells == ["12.5", "-3", "#N/A", ""])
    }

    @Test func excelSerials() {
        #expect(ExcelSerial.iso(1) == "1900-01-01")
        #expect(ExcelSerial.iso(59) == "1900-02-28")
        #expect(ExcelSerial.iso(61) == "1900-03-01")
        #expect(ExcelSerial.iso(43101) == "2018-01-01")
        #expect(ExcelSerial.iso(43101.75) == "2018-01-01 18:00")
        #expect(ExcelSerial.iso(0, date1904: true) == "1904-01-01")
        #expect(ExcelSerial.iso(0) == nil)
        #expect(ExcelSerial.iso(-5) == nil)
    }

    @Test func notAWorkbookIsASheetError() {
        #expect(throws: SheetError.self) { try XLSXReader.parse(Data("编号,区域\n".utf8), file: "a.xlsx") }
        #expect(throws: SheetError.self) { try XLSXReader.parse(Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0]), file: "a.xlsx") }
        let empty = try? Self.workbook(sheet: "")
        #expect(throws: SheetError.self) { try XLSXReader.parse(empty ?? Data(), file: "a.xlsx") }
    }
}
