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

    @Test func messyTextNeverThrows() throws {
        let junk = ["", "\n\n\n", "简报一：", "本报讯", "1、\n2、\n3、", "“““”””", "（（（）））", "年底前前前", "十一月三十二日", "一是一是一是二是",
                    String(repeating: "大", count: 5000), "市长", "副市长王", "召开召开会议会议", "2016-2017-2018年", "\u{FEFF}\u{3000}\t"]
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
}
