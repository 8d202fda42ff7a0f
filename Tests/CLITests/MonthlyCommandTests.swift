import Foundation
import Testing

/// `tongbao monthly` end to end on the demo data in examples/air/ (real Beijing values).
@Suite struct MonthlyCommandTests {
    static let air = "examples/air/daily/"

    static func csvRows(_ url: URL) throws -> [[String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func theDemoMonthGivesPDFCSVAndWorkbook() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run([
            "monthly", "--month", "2017-01", "--air", Self.air, "--output", dir.path + "/", "--csv", dir.path + "/",
            "--xlsx", dir.appendingPathComponent("rank.xlsx").path, "--quiet",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = dir.appendingPathComponent("monthly-2017-01.pdf")
        let csv = dir.appendingPathComponent("monthly-2017-01.csv")
        let xlsx = dir.appendingPathComponent("rank.xlsx")
        #expect(r.stdout.split(separator: "\n").map(String.init) == [pdf.path, csv.path, xlsx.path])
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
        #expect(try Data(contentsOf: xlsx).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let rows = try Self.csvRows(csv)
        #expect(rows[0].prefix(3) == ["排名", "区域", "综合指数"])
        // The figures of AIRQUALITY.md §7's data, by district; rank change against 2016-12.
        #expect(rows[1].prefix(4) == ["1", "怀柔区", "7.01", "49.1"])
        #expect(rows.count == 9)
        #expect(rows[8][1] == "西城区" && rows[8][16] == "-1")
    }

    @Test func theSameDataFromTheStoreGiveTheSameTable() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let imported = try CLIRunner.run(["import", "--air", Self.air, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("area days of 8 areas, 2016-01-01…2017-01-31"))
        let fromStore = try CLIRunner.run([
            "monthly", "--month", "2017-01", "--db", db, "--output", dir.appendingPathComponent("a.pdf").path, "--csv",
            dir.appendingPathComponent("a.csv").path, "-q",
        ])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        let fromFiles = try CLIRunner.run([
            "monthly", "--month", "2017-01", "--air", Self.air, "--output", dir.appendingPathComponent("b.pdf").path,
            "--csv", dir.appendingPathComponent("b.csv").path, "-q",
        ])
        #expect(fromFiles.status == 0)
        #expect(
            try Self.csvRows(dir.appendingPathComponent("a.csv")) == Self.csvRows(dir.appendingPathComponent("b.csv")))
    }

    @Test func rerunsAreByteIdenticalAndTheMeetingLayoutNamesItsFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["first", "second"] {
            let r = try CLIRunner.run([
                "monthly", "--month", "2017-01", "--air", Self.air, "--output",
                dir.appendingPathComponent("\(name).pdf").path,
                "--xlsx", dir.appendingPathComponent("\(name).xlsx").path, "-q",
            ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(
            try Data(contentsOf: dir.appendingPathComponent("first.pdf"))
                == Data(contentsOf: dir.appendingPathComponent("second.pdf")))
        #expect(
            try Data(contentsOf: dir.appendingPathComponent("first.xlsx"))
                == Data(contentsOf: dir.appendingPathComponent("second.xlsx")))
        let meeting = try CLIRunner.run([
            "monthly", "--month", "2017-01", "--air", Self.air, "--layout", "layouts/monthly-ranking-meeting.toml",
            "--output", dir.path + "/", "--csv", dir.path + "/", "-q",
        ])
        #expect(meeting.status == 0, "\(meeting.stderr)")
        #expect(
            meeting.stdout
                == ["monthly-2017-01-meeting.pdf", "monthly-2017-01-meeting.csv"].map {
                    dir.appendingPathComponent($0).path + "\n"
                }.joined())
    }

    @Test func anAreaWithTooFewDaysIsListedAsInvalid() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Two full areas and one with 20 days of data.
        var lines = ["area,date,pollutant,value"]
        for (area, days, pm25) in [("北区", 31, 40), ("南区", 31, 60), ("东区", 20, 50)] {
            for d in 1...days {
                let date = String(format: "2017-03-%02d", d)
                for (p, v) in [
                    ("SO2", "10"), ("NO2", "30"), ("PM10", "70"), ("PM2.5", "\(pm25)"), ("CO", "0.8"), ("O3_8h", "90"),
                ] {
                    lines.append("\(area),\(date),\(p),\(v)")
                }
            }
        }
        let data = dir.appendingPathComponent("march.csv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: data)
        let r = try CLIRunner.run([
            "monthly", "--month", "2017-03", "--air", data.path, "--output", dir.path + "/", "--csv", dir.path + "/",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("area '东区': 2017-03 not assessed"), "\(r.stderr)")
        let rows = try Self.csvRows(dir.appendingPathComponent("monthly-2017-03.csv"))
        #expect(rows.map { $0[1] } == ["区域", "北区", "南区", "东区"])
        // The note names the reason.
        #expect(rows[3][0] == "" && rows[3].joined(separator: ",").contains("数据不足，不参加排名（有效日均值最少20天，应不少于27天）"))
    }

    @Test func exitCodesTellTheFailuresApart() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.path + "/"
        #expect(try CLIRunner.run(["monthly", "--month", "2017-13", "--air", Self.air, "--output", out]).status == 64)
        #expect(
            try CLIRunner.run([
                "monthly", "--month", "2017-01", "--air", Self.air, "--output",
                dir.appendingPathComponent("x.txt").path,
            ]).status == 64)
        #expect(
            try CLIRunner.run(["monthly", "--month", "2017-01", "--air", "no-such-dir/", "--output", out]).status == 66)
        #expect(
            try CLIRunner.run([
                "monthly", "--month", "2017-01", "--air", Self.air, "--layout", "no-such.toml", "--output", out,
            ]).status == 66)
        let empty = try CLIRunner.run(["monthly", "--month", "2015-06", "--air", Self.air, "--output", out])
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("no daily values for 2015-06"))
        let noStore = try CLIRunner.run([
            "monthly", "--month", "2017-01", "--db", dir.appendingPathComponent("empty.sqlite").path, "--output", out,
        ])
        // A store that does not exist is not created (issue 13): 66, and the hint to import first.
        #expect(noStore.status == 66)
        #expect(noStore.stderr.contains("run tongbao import first"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("empty.sqlite").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".pdf") }.isEmpty)
    }
}
