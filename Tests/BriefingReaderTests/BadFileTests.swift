import Foundation
import ReportModel
import Testing

@testable import BriefingReader

@Suite struct BadFileTests {
    let reader = BriefingReader()

    @Test func undecodableFilesThrowWithTheirName() {
        for (name, bytes) in [("empty.txt", Data()), ("bin.dat", Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x9C, 0x00]))] {
            do {
                _ = try reader.read(bytes, file: name)
                Issue.record("\(name) was accepted")
            } catch {
                #expect(error.file == name)
                #expect(error.description.hasPrefix(name))
            }
        }
    }

    @Test func aFileWithoutBriefingGivesAnError() throws {
        let r = try reader.read(Data("hello world\nCopyright 2020\n".utf8), file: "x.txt")
        #expect(r.briefings.isEmpty)
        #expect(r.warnings.contains { $0.severity == .error && $0.file == "x.txt" && $0.message.contains("no briefing") })
    }

    @Test func aLedgerSavedAsCSVIsNotABriefing() throws {
        var csv = "示例台账：虚构数据，仅供演示\n编号,区域,类别,问题描述,发现日期,整改期限,整改状态,销号日期,通报次数\n"
        for k in 1...8 { csv += "示例-2017-00\(k),石佛办事处,扬尘,示例：某工地裸土未覆盖,2017-10-30,2017-11-05,整改中,,2\n" }
        let r = try reader.read(Data(csv.utf8), file: "ledger.csv")
        #expect(r.briefings.isEmpty)
        #expect(r.warnings.contains { $0.severity == .error })
        #expect(r.warnings.filter { $0.message.contains("table row") }.count == 9)
    }

    @Test func messyTextNeverThrows() throws {
        let junk = [
            "", "\n\n\n", "简报一：", "本报讯", "1、\n2、\n3、", "“““”””", "（（（）））", "年底前前前", "十一月三十二日", "一是一是一是二是",
            String(repeating: "大", count: 5000), "市长", "副市长王", "召开召开会议会议", "2016-2017-2018年", "\u{FEFF}\u{3000}\t",
        ]
        for j in junk {
            let r = try reader.read(Data(j.utf8).isEmpty ? Data(" ".utf8) : Data(j.utf8), file: "j.txt")
            #expect(r.briefings.allSatisfy { $0.source.file == "j.txt" })
        }
    }

    @Test func repeatedItemsCountOnce() throws {
        let item = "高新区召开推进会\n本报讯11月24日上午，高新区召开大气污染防治推进会，部署下一步工作。\n"
        let r = try reader.read(Data((item + item).utf8), file: "d.txt")
        #expect(r.briefings.count == 1)
    }

    @Test func randomTextNeverCrashes() throws {
        // deterministic pseudo-random mixes of the characters the steps look at
        let alphabet = [Character](
            "简报一二三十百〇0123456789年月日号底前上午下午召开会议大会在于了的是要、，。；：,.;:()（）“”\"《》【】-—~ \n\n讯本报市县区长书记副主任王李张刘陈强调指出出席主持确保不少于以上%万户天聯(lián)協：")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<300 {
            let n = next() % 240 + 1
            let s = String((0..<n).map { _ in alphabet[next() % alphabet.count] })
            let r = try reader.read(Data(s.utf8), file: "r.txt")
            for b in r.briefings {
                #expect(b.source.lines[0] >= 1 && b.source.lines[0] <= b.source.lines[1])
            }
        }
    }
}
