import Foundation
import TableFiles
import Testing
import ZIPFoundation

@testable import ReportStore

/// Issue 13, class 2: table files that are not what they say are refused at a limit, with a
/// message naming the file and the sheet, instead of growing to gigabytes or crashing.
@Suite struct XLSXLimitTests {
    static func header() -> String {
        let names = ["编号", "区域", "类别", "发现日期", "整改状态"]
        let cells = names.enumerated().map { i, n in
            #"<c r="\#(SheetLimits.columnName(i))1" t="inlineStr"><is><t>\#(n)</t></is></c>"#
        }
        return #"<row r="1">\#(cells.joined())</row>"#
    }

    static func parse(_ sheet: String, limits: SheetLimits = LedgerReader.sheetLimits) throws -> Sheet {
        try XLSXReader.parse(try XLSXReaderTests.workbook(sheet: sheet), file: "台账.xlsx", limits: limits)
    }

    static func refusal(_ sheet: String, limits: SheetLimits = LedgerReader.sheetLimits) throws -> SheetError {
        do {
            _ = try parse(sheet, limits: limits)
        } catch let error as SheetError {
            return error
        }
        Issue.record("the sheet was read")
        return SheetError(file: "", message: "")
    }

    /// 1,000 rows with one value each at column XFD: once 16,384 padded cells per row.
    @Test func aValueAtColumnXFDIsRefusedNotPadded() throws {
        let rows = (2...1_001).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        let e = try Self.refusal(Self.header() + rows)
        #expect(e.file == "台账.xlsx")
        #expect(e.message.contains("sheet '台账'") && e.message.contains("XFD2") && e.message.contains("64 columns"), "\(e)")
        // Standard limits too: 1,024 columns.
        let standard = try Self.refusal(Self.header() + rows, limits: .standard)
        #expect(standard.message.contains("XFD2"), "\(standard)")
    }

    /// Formatting-only cells far to the right (no value) are skipped, not refused or padded.
    @Test func emptyCellsFarRightAreSkipped() throws {
        let sheet = Self.header() + #"<row r="2"><c r="A2"><v>7</v></c><c r="XFD2" s="1"/></row>"#
        let s = try Self.parse(sheet)
        #expect(s.rows.map(\.cells.count) == [5])
    }

    @Test(arguments: [1_000, 100_000]) func nestedRowsAreRefused(_ depth: Int) throws {
        let sheet = Self.header() + String(repeating: "<row>", count: depth) + String(repeating: "</row>", count: depth)
        let e = try Self.refusal(sheet)
        #expect(e.file == "台账.xlsx")
        #expect(e.message.contains("<row> inside row") || e.message.contains("nested"), "\(e)")
    }

    @Test func deepNestingOfAnyElementIsRefused() throws {
        let sheet = Self.header() + String(repeating: "<x>", count: 50_000) + String(repeating: "</x>", count: 50_000)
        let e = try Self.refusal(sheet)
        #expect(e.message.contains("nested deeper than 32") || e.message.contains("well-formed"), "\(e)")
    }

    @Test func tooManyRowsAreRefused() throws {
        let rows = (2...30).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        let limits = SheetLimits(columns: 9, rows: 20, cells: 1_000)
        let e = try Self.refusal(Self.header() + rows, limits: limits)
        #expect(e.message.contains("more than 20 rows"), "\(e)")
    }

    @Test(arguments: ["0", "-5", "1048577", "99999999999999999999", "1e3", "x"])
    func aRowNumberOutsideExcelIsRefused(_ r: String) throws {
        let e = try Self.refusal(Self.header() + #"<row r="\#(r)"><c><v>1</v></c></row>"#)
        #expect(e.message.contains("row number") && e.message.contains("outside 1…1048576"), "\(e)")
    }

    @Test func aDTDIsRefused() throws {
        let data = try XLSXReaderTests.workbook(sheet: Self.header())
        // A styles part with an entity bomb in its DTD.
        let archive = try #require(try Archive(data: data, accessMode: .update))
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <styleSheet>&b;</styleSheet>
            """
        if let old = archive["xl/styles.xml"] { try archive.remove(old) }
        let bytes = Data(bomb.utf8)
        try archive.addEntry(with: "xl/styles.xml", type: .file, uncompressedSize: Int64(bytes.count)) { p, n in
            bytes.subdata(in: Int(p)..<Int(p) + n)
        }
        let workbook = try #require(archive.data)
        do {
            _ = try XLSXReader.parse(workbook, file: "b.xlsx")
            Issue.record("a DTD was read")
        } catch {
            #expect(error.message.contains("xl/styles.xml") && error.message.contains("DTD"), "\(error)")
        }
    }

    /// A worksheet entry that unpacks to more than the part limit (a zip bomb) is refused while it
    /// unpacks; the limit here is 1 MiB so the test stays small.
    @Test func aZipBombIsRefusedWhileItUnpacks() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ bytes: Data) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                p, n in bytes.subdata(in: Int(p)..<Int(p) + n)
            }
        }
        try add("xl/workbook.xml", Data(#"<workbook><sheets><sheet name="s"/></sheets></workbook>"#.utf8))
        let sheet = "<worksheet><sheetData>" + Self.header() + "</sheetData>" + String(repeating: " ", count: 4 << 20) + "</worksheet>"
        try add("xl/worksheets/sheet1.xml", Data(sheet.utf8))
        let data = try #require(archive.data)
        #expect(data.count < 64 << 10)
        let limits = SheetLimits(columns: 9, rows: 100, cells: 1_000, partBytes: 1 << 20)
        do {
            _ = try XLSXReader.parse(data, file: "bomb.xlsx", limits: limits)
            Issue.record("the bomb was unpacked")
        } catch {
            #expect(error.file == "bomb.xlsx")
            #expect(error.message.contains("xl/worksheets/sheet1.xml") && error.message.contains("1048576"), "\(error)")
        }
    }

    @Test func aCSVLineWithAMillionCellsIsRefusedWithItsLine() throws {
        let text = "编号,区域,类别,发现日期,整改状态\n" + String(repeating: "1,", count: 1_000_000) + "\n"
        do {
            _ = try CSVReader.parse(text, file: "台账.csv", limits: LedgerReader.sheetLimits)
            Issue.record("read")
        } catch {
            #expect(error.file == "台账.csv" && error.line == 2 && error.message.contains("64 columns"), "\(error)")
        }
    }

    @Test func aFIFOIsNamedNotWaitedOn() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.path("ledger.csv")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: SheetError(file: "ledger.csv", message: "not a regular file (a FIFO)")) {
            try LedgerReader.load(contentsOf: URL(fileURLWithPath: path), displayName: "ledger.csv")
        }
    }
}
