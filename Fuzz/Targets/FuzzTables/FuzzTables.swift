import Foundation
import ReportStore
import TableFiles
import ZIPFoundation

/// libFuzzer entry: bytes → table files as `import --ledger` reads them, then the ledger reader.
/// The first byte picks the mode:
/// - 0: the bytes are an .xlsx (zip) workbook, read within the ledger's limits;
/// - 1: the bytes are CSV text;
/// - else: the bytes drive a workbook built here (structure-aware): rows and cells with row numbers,
///   column references, cell types and values taken from tables of edge cases (Excel's last row
///   and column and one past them, NaN, ±inf, 1e308, 1e309, -0, Int64's limits, 20-digit counts),
///   nesting (a `<row>` left open, deep elements), shared strings and date styles, zipped with
///   ZIPFoundation — hostile structure that random bytes would rarely reach through deflate.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTables(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let mode = data.first else { return 0 }
    let body = data.dropFirst()
    let sheet: Sheet
    do throws(SheetError) {
        switch mode % 4 {
        case 0: sheet = try XLSXReader.parse(Data(body), file: "fuzz.xlsx", limits: LedgerReader.sheetLimits)
        case 1:
            sheet = try CSVReader.parse(String(decoding: body, as: UTF8.self), file: "fuzz.csv", limits: LedgerReader.sheetLimits)
        default:
            guard let workbook = HostileWorkbook.build(Array(body)) else { return 0 }
            sheet = try XLSXReader.parse(workbook, file: "fuzz.xlsx", limits: LedgerReader.sheetLimits)
        }
    } catch {
        _ = error.description
        return 0
    }
    let parsed = LedgerReader.read(sheet, file: "fuzz")
    for d in parsed.diagnostics { _ = d.rendered }
    for e in parsed.entries { _ = e.problem.timesNotified + e.line }
    return 0
}

/// A workbook whose worksheet is written from fuzz bytes and edge-case tables.
enum HostileWorkbook {
    static let numbers = [
        "0", "-0", "1", "2", "43052", "2958465", "2958466", "-1", "0.5", "1e308", "1e309", "-1e309", "1.7976931348623157e308",
        "4.9e-324", "nan", "NaN", "inf", "-inf", "Infinity", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "99999999999999999999", "1e300", "1E+300", "0x10", "", " ", "3次", "５",
    ]
    static let rowNumbers = [
        nil, "1", "2", "3", "1048576", "1048577", "0", "-1", "9223372036854775807", "99999999999999999999", "1e3", "",
    ]
    static let columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "BL", "BM", "AMJ", "XFD", "XFE", "ZZZZ", "", "1", "a"]
    static let types = [nil, "n", "s", "inlineStr", "b", "str", "e", "d", "x"]
    static let header = ["编号", "区域", "类别", "问题描述", "发现日期", "整改期限", "整改状态", "销号日期", "通报次数"]

    static func build(_ bytes: [UInt8]) -> Data? {
        var i = 0
        func next() -> Int {
            defer { i += 1 }
            return i < bytes.count ? Int(bytes[i]) : 0
        }
        var sheet = "<worksheet><sheetData><row r=\"1\">"
        for (k, h) in header.enumerated() {
            sheet += "<c r=\"\(SheetLimits.columnName(k))1\" t=\"inlineStr\"><is><t>\(h)</t></is></c>"
        }
        sheet += "</row>"
        var openRow = false
        while i < bytes.count {
            let op = next()
            switch op % 8 {
            case 0, 1, 2:
                if openRow { sheet += "</row>" }
                let r = rowNumbers[next() % rowNumbers.count].map { " r=\"\($0)\"" } ?? ""
                sheet += "<row\(r)>"
                openRow = true
            case 3, 4, 5:
                let ref = columns[next() % columns.count] + (rowNumbers[next() % rowNumbers.count] ?? "")
                let type = types[next() % types.count].map { " t=\"\($0)\"" } ?? ""
                let style = next() % 3 == 0 ? " s=\"\(next() % 4)\"" : ""
                let value = numbers[next() % numbers.count]
                if type == " t=\"inlineStr\"" {
                    sheet += "<c r=\"\(ref)\"\(type)\(style)><is><t>\(value)</t></is></c>"
                } else {
                    sheet += "<c r=\"\(ref)\"\(type)\(style)><v>\(value)</v></c>"
                }
            case 6:
                // nesting: a row inside a row, or a run of elements nested deeper than any limit
                let depth = 1 + next() * next()
                sheet += String(repeating: next() % 2 == 0 ? "<row>" : "<x>", count: depth)
            default:
                if openRow {
                    sheet += "</row>"
                    openRow = false
                }
            }
        }
        if openRow { sheet += "</row>" }
        sheet += "</sheetData></worksheet>"
        let shared = "<sst>" + numbers.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        let styles = """
            <styleSheet><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>\
            <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="2"/></cellXfs></styleSheet>
            """
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in [
                ("xl/workbook.xml", "<workbook><sheets><sheet name=\"台账\"/></sheets></workbook>"),
                ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared), ("xl/styles.xml", styles),
            ] {
                let d = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .deflate
                ) { p, n in d.subdata(in: Int(p)..<Int(p) + n) }
            }
            return archive.data
        } catch {
            return nil
        }
    }
}
